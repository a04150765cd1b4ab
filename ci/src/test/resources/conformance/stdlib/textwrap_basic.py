# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper options
import textwrap

text = ('The quick brown fox jumps over the lazy dog. A well-known phrase, used to test '
        'typewriters and computer keyboards -- it contains every letter of the alphabet!  '
        'Supercalifragilisticexpialidocious words must be broken.')
for width in (10, 25, 40, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 20, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap('  leading and   inner   spaces  ', 10, drop_whitespace=False))
print(textwrap.wrap('tabs\there\tand\nnewlines\n', 12))
print(textwrap.wrap('tabs\there', 20, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap('Hello there. How are you? Fine.', 40, fix_sentence_endings=True))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder=' ...'))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.fill('one', 10))
print(textwrap.wrap('e-mail-address x-ray self-evident --option a--b', 8))
print(textwrap.shorten('Hello  world!', width=12))
print(textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten('Hello world', width=10, placeholder='...'))
print(repr(textwrap.shorten(text, 50)))
try:
    textwrap.wrap('x', 0)
except ValueError as e:
    print('ValueError', e)
try:
    textwrap.shorten('hello world', 3)
except ValueError as e:
    print('ValueError', e)

code = '''
    def hello():
        print("hi")

      # comment
    done
'''
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent('  a\n    b\n  c')), repr(textwrap.dedent('\ta\n\tb')), repr(textwrap.dedent(' a\n\tb')))
print(repr(textwrap.dedent('   \n  x\n  \n  y')), repr(textwrap.dedent('no indent\n  here')))
print(repr(textwrap.indent('a\nb\n\nc\n', '> ')))
print(repr(textwrap.indent('a\n  \nb', '+ ', lambda line: True)))
print(repr(textwrap.indent('one\r\ntwo', '# ')))

w = textwrap.TextWrapper(width=15, initial_indent='- ', subsequent_indent='  ')
print(w.wrap('a list item that goes on and on'), w.width, w.fill('short'))
w.width = 25
print(w.fill('a list item that goes on and on'))
