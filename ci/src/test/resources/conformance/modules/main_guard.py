# if __name__ == "__main__": runs for the program but not for imported modules.
import _geometry
def main():
    print('main() runs because __name__ is', repr(__name__))
    print('module __name__ is', repr(_geometry.__name__))
    return 0
if __name__ == '__main__':
    main()
else:
    print('imported, not run')
print(__name__ == '__main__', _geometry.__name__ != '__main__')
