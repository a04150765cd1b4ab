"""Words: a word-frequency count over generated text. A linear congruential generator written
here strings syllables into words and words into sentences (capitals, punctuation, line
breaks); the text is then split, cleaned and counted with dicts (words, pairs of words, word
lengths, first letters), and a few str methods rewrite it. Prints the top words and pairs and
checksums of the tables."""

WORDS = 900000
SYLLABLES = ["ka", "lo", "mi", "ten", "ra", "su", "ve", "or", "an", "qui", "sto", "pe",
             "da", "ne", "il", "ur", "bo", "zen", "fa", "tri"]
PUNCT = ".,;:!?"


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        return (self.state >> 33) % n


def make_text(rng, count):
    vocabulary = []
    for _ in range(600):
        parts = [SYLLABLES[rng.below(len(SYLLABLES))] for _ in range(1 + rng.below(3))]
        vocabulary.append("".join(parts))
    lines = []
    line = []
    start = True
    for _ in range(count):
        # a skewed pick: common words come up far more often
        w = vocabulary[rng.below(1 + rng.below(len(vocabulary)))]
        if start:
            w = w.capitalize()
            start = False
        k = rng.below(12)
        if k == 0:
            w += PUNCT[rng.below(len(PUNCT))]
            start = w[-1] in ".!?"
        line.append(w)
        if len(line) >= 12:
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    return "\n".join(lines)


def clean(word):
    return word.strip(PUNCT).lower()


def main():
    text = make_text(Lcg(42), WORDS)
    words = [clean(w) for w in text.split()]
    words = [w for w in words if w]
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    pairs = {}
    for i in range(len(words) - 1):
        key = words[i] + " " + words[i + 1]
        pairs[key] = pairs.get(key, 0) + 1
    lengths = {}
    initials = {}
    for w, n in freq.items():
        lengths[len(w)] = lengths.get(len(w), 0) + n
        c = w[0]
        if c not in initials:
            initials[c] = []
        initials[c].append(w)
    top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    top_pairs = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print("words", len(words), "distinct", len(freq), "pairs", len(pairs))
    for w, n in top:
        print("  %-12s %d" % (w, n))
    for p, n in top_pairs:
        print("  %-20s %d" % (p, n))
    print("lengths", sorted(lengths.items()))
    print("initials", "".join(sorted(initials)), max(len(v) for v in initials.values()))
    shouted = text.upper().replace("KA", "ka").replace("\n", " / ")
    sentences = [s for s in text.replace("!", ".").replace("?", ".").split(".") if s.strip()]
    checksum = 0
    for s in sentences:
        checksum = (checksum * 33 + len(s) + s.count(" ")) % 1000000007
    for w in sorted(freq):
        checksum = (checksum * 31 + freq[w] * len(w)) % 1000000007
    print("shouted", len(shouted), shouted.count("ka"), "sentences", len(sentences))
    print("checksum", checksum)


main()
