# Importing a module that does not exist.
print('importing')
import _this_module_does_not_exist
