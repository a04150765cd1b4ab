# raise SystemExit(7) behaves like sys.exit(7).
def main():
    print('main running')
    raise SystemExit(7)
main()
