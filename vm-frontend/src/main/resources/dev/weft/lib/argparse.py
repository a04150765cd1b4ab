"""argparse: command-line parsing with the behaviour and the help and error text of CPython 3.11.

Written for weft without the re module. Parsing follows the documented model: each command-line
string is classified as an option ('O') or an argument ('A'); an option takes the arguments its
nargs asks for, and the positionals share each run of arguments greedily, in order, each taking
as many as it can while leaving the later ones their minimum.
"""

import os as _os
import sys as _sys
import textwrap as _textwrap

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'FileType', 'HelpFormatter',
           'RawDescriptionHelpFormatter', 'RawTextHelpFormatter',
           'ArgumentDefaultsHelpFormatter', 'Namespace', 'Action', 'BooleanOptionalAction',
           'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS', 'ZERO_OR_MORE']

from _argparse_format import (SUPPRESS, OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE, PARSER, REMAINDER,
                              HelpFormatter, RawDescriptionHelpFormatter, RawTextHelpFormatter,
                              ArgumentDefaultsHelpFormatter, MetavarTypeHelpFormatter)
from _argparse_actions import (_UNRECOGNIZED_ARGS_ATTR, _AttributeHolder, _action_name,
                               Namespace, ArgumentError, ArgumentTypeError, Action,
                               BooleanOptionalAction, FileType, _ACTIONS)


def _is_negative_number(s):
    """'-1', '-2.5', '-.5': what argparse takes for a negative number rather than an option."""
    if not s.startswith('-') or len(s) < 2:
        return False
    body = s[1:]
    if body.isdigit() and body.isascii():
        return True
    whole, dot, frac = body.partition('.')
    return dot == '.' and (whole == '' or whole.isdigit()) and frac.isdigit() and frac.isascii()


# ------------------------------------------------------------------------------------------
# Containers: the parser and its argument groups


class _ActionsContainer:
    """What ArgumentParser and its groups share: add_argument and the tables of actions."""

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...) or add_argument(option_string, ...)."""
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0] and args[0][0] not in chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_class = kwargs.pop('action', None)
        action_class = _ACTIONS.get(action_class, action_class) if isinstance(action_class, str) or action_class is None else action_class
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        if action.type is not None and not callable(action.type):
            raise ValueError('%r is not callable' % (action.type,))
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
            if _is_negative_number(option_string) and not self._has_negative_number_optionals:
                self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        groups = {}
        for group in self._action_groups:
            groups[group.title] = group
        group_map = {}
        for group in container._action_groups:
            if group.title not in groups:
                groups[group.title] = self.add_argument_group(title=group.title,
                                                              description=group.description,
                                                              conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                group_map[action] = groups[group.title]
        for group in container._mutually_exclusive_groups:
            mutex = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                group_map[action] = mutex
        for action in container._actions:
            group_map.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get('nargs') not in (OPTIONAL, ZERO_OR_MORE):
            kwargs['required'] = True
        if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for option_string in args:
            if not option_string or option_string[0] not in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (option_string, self.prefix_chars))
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_option_strings.append(option_string)
        dest = kwargs.pop('dest', None)
        if dest is None:
            first = long_option_strings[0] if long_option_strings else option_strings[0]
            dest = first.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % first)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _check_conflict(self, action):
        conflicts = [(s, self._option_string_actions[s]) for s in action.option_strings
                     if s in self._option_string_actions]
        if not conflicts:
            return
        if self.conflict_handler == 'resolve':
            for option_string, old in conflicts:
                old.option_strings.remove(option_string)
                self._option_string_actions.pop(option_string, None)
                if not old.option_strings:
                    old.container._remove_action(old)
            return
        names = ', '.join(s for s, _ in conflicts)
        raise ArgumentError(action, 'conflicting option string%s: %s'
                            % ('s' if len(conflicts) > 1 else '', names))


class _ArgumentGroup(_ActionsContainer):
    """A titled section of the help; its actions belong to the parser as well."""

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Options of which a command line may give at most one (exactly one if required)."""

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


# ------------------------------------------------------------------------------------------
# The parser


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns a list of command-line strings into a Namespace, or exits with a usage error."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default, conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv else ''
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        if add_help:
            p = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(p + 'h', p * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                 'add_help']
        return [(name, getattr(self, name)) for name in names]

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            positionals = [a for a in self._actions if not a.option_strings]
            formatter.add_usage(self.usage, positionals, self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        action_class = kwargs.pop('action', 'parsers')
        action_class = _ACTIONS.get(action_class, action_class)
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    # ---- parsing

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _classify(self, arg_strings):
        """One letter per string: 'O' an option, 'A' an argument, '-' the '--' separator."""
        kinds = []
        rest_are_args = False
        for s in arg_strings:
            if rest_are_args:
                kinds.append('A')
            elif s == '--':
                kinds.append('-')
                rest_are_args = True
            else:
                kinds.append('A' if self._parse_optional(s) is None else 'O')
        return ''.join(kinds)

    def _parse_known_args(self, arg_strings, namespace):
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            members = group._group_actions
            for i, action in enumerate(members):
                conflicts.setdefault(action, []).extend(members[:i] + members[i + 1:])
        kinds = self._classify(arg_strings)
        seen = set()
        seen_non_default = set()
        extras = []
        positionals = [a for a in self._actions if not a.option_strings]

        def take_action(action, argument_strings, option_string=None):
            seen.add(action)
            values = self._get_values(action, argument_strings)
            if values is not action.default:
                seen_non_default.add(action)
                for other in conflicts.get(action, []):
                    if other in seen_non_default:
                        raise ArgumentError(action, 'not allowed with argument %s' % _action_name(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def consume_optional(start):
            action, option_string, explicit_arg = self._parse_optional(arg_strings[start])
            while True:
                if action is None:
                    extras.append(arg_strings[start])
                    return start + 1
                if explicit_arg is not None:
                    count = self._arg_count(action, 'A')
                    chars = self.prefix_chars
                    if count == 0 and option_string[1] not in chars and explicit_arg != '':
                        take_action(action, [], option_string)
                        option_string = option_string[0] + explicit_arg[0]
                        if option_string in self._option_string_actions:
                            action = self._option_string_actions[option_string]
                            explicit_arg = explicit_arg[1:] or None
                            continue
                        raise ArgumentError(action, 'ignored explicit argument %r' % explicit_arg)
                    if count == 1:
                        take_action(action, [explicit_arg], option_string)
                        return start + 1
                    raise ArgumentError(action, 'ignored explicit argument %r' % explicit_arg)
                count = self._arg_count(action, kinds[start + 1:])
                take_action(action, arg_strings[start + 1:start + 1 + count], option_string)
                return start + 1 + count

        def consume_positionals(start):
            counts = self._share(positionals, kinds[start:])
            for action, count in zip(positionals[:len(counts)], counts):
                args = arg_strings[start:start + count]
                start += count
                take_action(action, args)
            del positionals[:len(counts)]
            return start

        option_indices = [i for i, k in enumerate(kinds) if k == 'O']
        start = 0
        last_option = option_indices[-1] if option_indices else -1
        while start <= last_option:
            next_option = min(i for i in option_indices if i >= start)
            if start != next_option:
                end = consume_positionals(start)
                if end > start:
                    start = end
                    continue
            if start not in option_indices:
                extras.extend(arg_strings[start:next_option])
                start = next_option
            start = consume_optional(start)
        stop = consume_positionals(start)
        extras.extend(arg_strings[stop:])

        required = []
        for action in self._actions:
            if action not in seen:
                if action.required:
                    required.append(_action_name(action))
                elif (action.default is not None and isinstance(action.default, str)
                      and hasattr(namespace, action.dest)
                      and action.default is getattr(namespace, action.dest)):
                    setattr(namespace, action.dest, self._get_value(action, action.default))
        if required:
            raise ArgumentError(None, 'the following arguments are required: %s' % ', '.join(required))
        for group in self._mutually_exclusive_groups:
            if group.required and not any(a in seen_non_default for a in group._group_actions):
                names = [_action_name(a) for a in group._group_actions if a.help is not SUPPRESS]
                raise ArgumentError(None, 'one of the arguments %s is required' % ' '.join(names))
        return namespace, extras

    @staticmethod
    def _bounds(nargs):
        """(least, most) strings an action takes; most None for no limit."""
        if nargs is None:
            return 1, 1
        if nargs == OPTIONAL:
            return 0, 1
        if nargs == ZERO_OR_MORE:
            return 0, None
        if nargs in (ONE_OR_MORE, PARSER):
            return 1, None
        if nargs == REMAINDER:
            return 0, None
        return nargs, nargs

    def _arg_count(self, action, kinds):
        """How many of the strings after an option it takes (kinds: theirs, from the next)."""
        if action.nargs == REMAINDER:
            return len(kinds)
        if action.nargs == PARSER:
            if not kinds or kinds[0] != 'A':
                raise ArgumentError(action, 'expected at least one argument')
            return len(kinds)
        available = 0
        while available < len(kinds) and kinds[available] in 'A-':
            available += 1
        least, most = self._bounds(action.nargs)
        if available < least:
            if action.nargs is None:
                message = 'expected one argument'
            elif action.nargs == ONE_OR_MORE:
                message = 'expected at least one argument'
            else:
                message = 'expected %s argument%s' % (least, '' if least == 1 else 's')
            raise ArgumentError(action, message)
        return available if most is None else min(most, available)

    def _share(self, actions, kinds):
        """How many of the strings each of the first actions takes: as many actions as can be
        satisfied, each taking the most it can while the later ones get their least (the
        greedy match of the positionals' patterns). Only PARSER and REMAINDER take options."""
        run = 0
        while run < len(kinds) and kinds[run] in 'A-':
            run += 1
        for k in range(len(actions), 0, -1):
            bounds = [self._bounds(a.nargs) for a in actions[:k]]
            counts = []
            pos = 0
            for i, action in enumerate(actions[:k]):
                least, most = bounds[i]
                later = sum(b[0] for b in bounds[i + 1:])
                eats_all = action.nargs in (PARSER, REMAINDER)
                take = (len(kinds) if eats_all else run) - pos - later
                if most is not None:
                    take = min(take, most)
                if take < least or action.nargs == PARSER and kinds[pos:pos + 1] != 'A':
                    break
                counts.append(take)
                pos += take
            else:
                return counts
        return []

    def _parse_optional(self, arg_string):
        """(action, option string, explicit argument) for an option, None for an argument."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        if arg_string in self._option_string_actions:
            return self._option_string_actions[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            option_string, _, explicit_arg = arg_string.partition('=')
            if option_string in self._option_string_actions:
                return self._option_string_actions[option_string], option_string, explicit_arg
        matches = self._option_prefix_matches(arg_string)
        if len(matches) > 1:
            options = ', '.join(option_string for _, option_string, _ in matches)
            self.error('ambiguous option: %s could match %s' % (arg_string, options))
        if len(matches) == 1:
            return matches[0]
        if _is_negative_number(arg_string) and not self._has_negative_number_optionals:
            return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _option_prefix_matches(self, option_string):
        chars = self.prefix_chars
        result = []
        if option_string[0] in chars and option_string[1] in chars:
            if not self.allow_abbrev:
                return result
            prefix, sep, explicit_arg = option_string.partition('=')
            explicit_arg = explicit_arg if sep else None
            for s, action in self._option_string_actions.items():
                if s.startswith(prefix):
                    result.append((action, s, explicit_arg))
        elif option_string[0] in chars:
            short_prefix = option_string[:2]
            short_explicit = option_string[2:]
            for s, action in self._option_string_actions.items():
                if s == short_prefix:
                    result.append((action, s, short_explicit))
                elif self.allow_abbrev and s.startswith(option_string):
                    result.append((action, s, None))
        return result

    # ---- values

    def _get_values(self, action, arg_strings):
        if action.nargs not in (PARSER, REMAINDER):
            if '--' in arg_strings:
                arg_strings = list(arg_strings)
                arg_strings.remove('--')
        if not arg_strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not arg_strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        elif action.nargs == 0:
            value = action.const if action.option_strings else action.default
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        convert = action.type
        if convert is None:
            return arg_string
        if not callable(convert):
            raise ArgumentError(action, '%r is not callable' % (convert,))
        try:
            return convert(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(convert, '__name__', repr(convert))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, choices))

    # ---- help and errors

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints the usage and 'prog: error: message' to stderr and exits with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))


for _cls in (HelpFormatter, RawDescriptionHelpFormatter, RawTextHelpFormatter,
             ArgumentDefaultsHelpFormatter, MetavarTypeHelpFormatter, Namespace, ArgumentError,
             ArgumentTypeError, Action, BooleanOptionalAction, FileType):
    _cls.__module__ = 'argparse'
del _cls
