# found only through sys.path (modules/sys_path.py appends this folder)
WHERE = 'extra'
print('_pathmod is being imported from', __name__)


def twice(x):
    return 2 * x
