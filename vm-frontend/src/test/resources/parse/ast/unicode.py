# -*- coding: utf-8 -*-
café = 1
naïve = café + 1
日本語 = '中文'
π = 3.14
ﬁle = 1
ℌ = 2
x = 'ü' + "😀"  # comment with émoji 😀
y = {'clé': café}
def fünction(ärg):
    return ärg
z = f'{café} 😀 {naïve}'
w = b'ascii'
