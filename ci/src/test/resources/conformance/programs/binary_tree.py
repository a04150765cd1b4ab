# A binary search tree class: insert, delete, search, in/pre/post-order generators, height,
# __contains__, __len__, __iter__ and __repr__; then a word index built on it.

class Node:
    def __init__(self, key, value):
        self.key, self.value = key, value
        self.left = self.right = None

class Tree:
    def __init__(self):
        self.root = None
        self.size = 0

    def __len__(self):
        return self.size

    def __contains__(self, key):
        return self._find(key) is not None

    def __getitem__(self, key):
        node = self._find(key)
        if node is None:
            raise KeyError(key)
        return node.value

    def __setitem__(self, key, value):
        if self.root is None:
            self.root = Node(key, value)
            self.size = 1
            return
        node = self.root
        while True:
            if key == node.key:
                node.value = value
                return
            side = 'left' if key < node.key else 'right'
            child = getattr(node, side)
            if child is None:
                setattr(node, side, Node(key, value))
                self.size += 1
                return
            node = child

    def __delitem__(self, key):
        self.root, removed = self._delete(self.root, key)
        if not removed:
            raise KeyError(key)
        self.size -= 1

    def _delete(self, node, key):
        if node is None:
            return None, False
        if key < node.key:
            node.left, removed = self._delete(node.left, key)
            return node, removed
        if key > node.key:
            node.right, removed = self._delete(node.right, key)
            return node, removed
        if node.left is None:
            return node.right, True
        if node.right is None:
            return node.left, True
        successor = node.right
        while successor.left is not None:
            successor = successor.left
        node.key, node.value = successor.key, successor.value
        node.right, _ = self._delete(node.right, successor.key)
        return node, True

    def _find(self, key):
        node = self.root
        while node is not None and node.key != key:
            node = node.left if key < node.key else node.right
        return node

    def __iter__(self):
        yield from self.inorder(self.root)

    def inorder(self, node):
        if node:
            yield from self.inorder(node.left)
            yield node.key
            yield from self.inorder(node.right)

    def preorder(self, node):
        if node:
            yield node.key
            yield from self.preorder(node.left)
            yield from self.preorder(node.right)

    def postorder(self, node):
        if node:
            yield from self.postorder(node.left)
            yield from self.postorder(node.right)
            yield node.key

    def height(self, node='root'):
        if node == 'root':
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def __repr__(self):
        def show(node):
            if node is None:
                return '-'
            if node.left is None and node.right is None:
                return repr(node.key)
            return '(%s %r %s)' % (show(node.left), node.key, show(node.right))
        return 'Tree' + show(self.root)

t = Tree()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t[k] = k * 10
print(t, len(t), t.height())
print(list(t), list(t.preorder(t.root)), list(t.postorder(t.root)))
print(40 in t, 41 in t, t[65], sum(t), max(t), [k for k in t if k % 20 == 0])
for k in (20, 30, 50, 99):
    try:
        del t[k]
        print('deleted', k, t, len(t))
    except KeyError as e:
        print('KeyError:', e)
t[45] = 'replaced'
print(t[45], len(t))
try:
    t[1000]
except KeyError as e:
    print('KeyError:', e)
degenerate = Tree()
for k in range(200):
    degenerate[k] = None
print(len(degenerate), degenerate.height())
words = Tree()
text = 'the quick brown fox jumps over the lazy dog and the quick cat naps'
for pos, word in enumerate(text.split()):
    if word in words:
        words[word].append(pos)
    else:
        words[word] = [pos]
print([(w, words[w]) for w in words])
print(words.height(), len(words), list(words.preorder(words.root))[:5])
seed = 12345
shuffled = Tree()
for _ in range(500):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    shuffled[seed % 10000] = True
keys = list(shuffled)
print(len(shuffled), shuffled.height(), keys[:8], keys == sorted(keys))
