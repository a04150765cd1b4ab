"""The help and usage text of argparse (the HelpFormatter classes), laid out as CPython 3.11
lays it out: sections of invocations in a column whose help starts at the same position (at
most 24), text wrapped to the terminal width less 2 (COLUMNS, else 80)."""

import os as _os
import textwrap as _textwrap

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'


def _columns():
    try:
        columns = int(_os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    return columns if columns > 0 else 80


def _usage_parts(text):
    """Splits a usage string into the pieces that wrapping keeps whole: a bracketed or
    parenthesised group that ends before a space, else a run of non-space characters."""
    parts = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        end = -1
        if text[i] in '[(':
            close = ']' if text[i] == '[' else ')'
            k = i + 1
            while k < n and text[k] != '\n':
                if text[k] == close:
                    m = k
                    while m < n and text[m] == close:
                        m += 1
                    if m == n or text[m].isspace():
                        end = m
                        break
                k += 1
        if end < 0:
            end = i
            while end < n and not text[end].isspace():
                end += 1
        parts.append(text[i:end])
        i = end
    return parts


class HelpFormatter:
    """Formats usage, description, argument sections and epilog into the text of --help."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _columns() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._action_max_length = 0
        self._root = []
        self._items = self._root
        self._stack = []

    # ---- collecting

    def _indent(self):
        self._current_indent += self._indent_increment

    def _dedent(self):
        self._current_indent -= self._indent_increment

    def start_section(self, heading):
        items = []
        self._items.append(('section', heading, items, self._current_indent))
        self._stack.append(self._items)
        self._items = items
        self._indent()

    def end_section(self):
        self._items = self._stack.pop()
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._items.append(('text', text, self._current_indent))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._items.append(('usage', (usage, list(actions), groups, prefix),
                                self._current_indent))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        invocations = [self._format_action_invocation(action)]
        for sub in self._subactions(action):
            invocations.append(self._format_action_invocation(sub))
        length = max(len(s) for s in invocations) + self._current_indent
        self._action_max_length = max(self._action_max_length, length)
        self._items.append(('action', action, self._current_indent))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    # ---- formatting

    def format_help(self):
        text = self._format_items(self._root)
        while '\n\n\n' in text:
            text = text.replace('\n\n\n', '\n\n')
        text = text.strip('\n')
        return text + '\n' if text else ''

    def _format_items(self, items):
        out = []
        for item in items:
            kind, indent = item[0], item[-1]
            self._current_indent = indent
            if kind == 'text':
                out.append(self._format_text(item[1]))
            elif kind == 'usage':
                out.append(self._format_usage(*item[1]))
            elif kind == 'action':
                out.append(self._format_action(item[1]))
            else:
                body = self._format_items(item[2])
                self._current_indent = indent
                if body:
                    heading = ''
                    if item[1] is not SUPPRESS and item[1] is not None:
                        heading = '%*s%s:\n' % (indent, '', item[1])
                    out.append('\n' + heading + body + '\n')
        return ''.join(out)

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - self._current_indent, 11)
        return self._fill_text(text, width, ' ' * self._current_indent) + '\n\n'

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = self._prog
        else:
            prog = self._prog
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            usage = ' '.join(s for s in [prog, self._format_actions_usage(optionals + positionals, groups)] if s)
            width = self._width - self._current_indent
            if len(prefix) + len(usage) > width:
                opt_parts = _usage_parts(self._format_actions_usage(optionals, groups))
                pos_parts = _usage_parts(self._format_actions_usage(positionals, groups))
                usage = '\n'.join(self._usage_lines(prefix, prog, opt_parts, pos_parts, width))
        return '%s%s\n\n' % (prefix, usage)

    def _usage_lines(self, prefix, prog, opt_parts, pos_parts, width):
        def lines_of(parts, indent, first_prefix=None):
            lines, line = [], []
            length = len(first_prefix) - 1 if first_prefix is not None else len(indent) - 1
            for part in parts:
                if length + 1 + len(part) > width and line:
                    lines.append(indent + ' '.join(line))
                    line = []
                    length = len(indent) - 1
                line.append(part)
                length += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * width:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                return lines_of([prog] + opt_parts, indent, prefix) + lines_of(pos_parts, indent)
            if pos_parts:
                return lines_of([prog] + pos_parts, indent, prefix)
            return [prog]
        indent = ' ' * len(prefix)
        lines = lines_of(opt_parts + pos_parts, indent)
        if len(lines) > 1:
            lines = lines_of(opt_parts, indent) + lines_of(pos_parts, indent)
        return [prog] + lines

    def _format_actions_usage(self, actions, groups):
        in_group = {}
        for group in groups:
            members = [a for a in group._group_actions]
            if members and all(a in actions for a in members):
                in_group[id(members[0])] = group
                for a in members[1:]:
                    in_group[id(a)] = None
        parts = []
        for action in actions:
            key = id(action)
            if key in in_group:
                group = in_group[key]
                if group is None:
                    continue
                inner = [self._action_usage(a, True) for a in group._group_actions
                         if a.help is not SUPPRESS]
                inner = [p for p in inner if p]
                if not inner:
                    continue
                text = ' | '.join(inner)
                if group.required:
                    parts.append(text if len(inner) == 1 else '(' + text + ')')
                else:
                    parts.append('[' + text + ']')
                continue
            if action.help is SUPPRESS:
                continue
            part = self._action_usage(action, False)
            if part:
                parts.append(part)
        return ' '.join(parts)

    def _action_usage(self, action, grouped):
        if not action.option_strings:
            part = self._format_args(action, self._get_default_metavar_for_positional(action))
            if grouped and part.startswith('[') and part.endswith(']'):
                part = part[1:-1]
            return part
        if action.nargs == 0:
            part = action.format_usage()
        else:
            default = self._get_default_metavar_for_optional(action)
            part = '%s %s' % (action.option_strings[0], self._format_args(action, default))
        if not action.required and not grouped:
            part = '[%s]' % part
        return part

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        indent = self._current_indent
        if not action.help:
            header = '%*s%s\n' % (indent, '', header)
        elif len(header) <= action_width:
            header = '%*s%-*s  ' % (indent, '', action_width, header)
            first = 0
        else:
            header = '%*s%s\n' % (indent, '', header)
            first = help_position
        parts = [header]
        if action.help and action.help.strip():
            lines = self._split_lines(self._expand_help(action), help_width)
            if lines:
                parts.append('%*s%s\n' % (first, '', lines[0]))
                for line in lines[1:]:
                    parts.append('%*s%s\n' % (help_position, '', line))
        elif not header.endswith('\n'):
            parts.append('\n')
        self._indent()
        for sub in self._subactions(action):
            parts.append(self._format_action(sub))
        self._dedent()
        return ''.join(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            return self._metavar(action, self._get_default_metavar_for_positional(action))(1)[0]
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join('%s %s' % (s, args) for s in action.option_strings)

    def _metavar(self, action, default):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join(str(c) for c in action.choices)
        else:
            result = default

        def tuple_of(size):
            return result if isinstance(result, tuple) else (result,) * size
        return tuple_of

    def _format_args(self, action, default):
        get = self._metavar(action, default)
        nargs = action.nargs
        if nargs is None:
            return '%s' % get(1)
        if nargs == OPTIONAL:
            return '[%s]' % get(1)
        if nargs == ZERO_OR_MORE:
            metavar = get(1)
            return '[%s [%s ...]]' % metavar if len(metavar) == 2 else '[%s ...]' % metavar
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % get(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % get(1)
        if nargs == SUPPRESS:
            return ''
        try:
            return ' '.join(['%s'] * nargs) % get(nargs)
        except TypeError:
            raise ValueError('invalid nargs value') from None

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join(str(c) for c in params['choices'])
        return self._get_help_string(action) % params

    def _subactions(self, action):
        get = getattr(action, '_get_subactions', None)
        return get() if get is not None else []

    def _split_lines(self, text, width):
        return _textwrap.wrap(' '.join(text.split()), width)

    def _fill_text(self, text, width, indent):
        return _textwrap.fill(' '.join(text.split()), width, initial_indent=indent,
                              subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every text as written, help included."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds ' (default: ...)' to each argument's help."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names each argument's value by its type's name."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__
