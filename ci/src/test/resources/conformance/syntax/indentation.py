# Deep and mixed indentation widths, blank lines and comment lines inside blocks.
def outer(n):
  result = []
  for i in range(n):
        if i % 2 == 0:

                # comment at a different indent
                result.append(i)
        else:
         result.append(-i)
  return result

print(outer(6))

class A:
    def m(self):


        return 'm'
        # trailing comment

print(A().m())
if True:
    if True:
        if True:
            if True:
                print('four deep')
            print('three deep')
    print('one deep')
x = 0
while x < 3:
	x += 1  # a tab-indented block
	print('tab', x)
print('end')
