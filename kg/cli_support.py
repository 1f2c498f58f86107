"""What the `kg` commands share: the group that turns library errors into one line, the common
options (the store, the input, the output format, the plugin choices) and the table printer.
kg/cli.py holds the commands themselves.
"""
from __future__ import annotations

import csv
import io
import json

import click

from .errors import KGError


class KGGroup(click.Group):
    """A click group that turns library errors into clean one-line messages and lists each
    command with its whole first sentence (click cuts summaries at 45 characters with "...")."""

    def format_commands(self, ctx, formatter):
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.short_help or _first_sentence(command.help or "")))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KGError as exc:
            error = click.ClickException(str(exc))
            error.exit_code = getattr(exc, "exit_code", 1)  # 2 for bad usage (a --bind that does not fit)
            raise error from None


def _first_sentence(text: str) -> str:
    paragraph = " ".join(text.strip().split("\n\n")[0].split())
    end = paragraph.find(". ")
    return paragraph if end < 0 else paragraph[: end + 1]


def store_option(fn):
    """The --store option every command shares (a folder, a SPARQL URL, or $KG_STORE)."""
    return click.option("--store", "store_location", envvar="KG_STORE", default="./kg-data", show_default=True,
                        help="Store folder (embedded Oxigraph) or SPARQL endpoint URL; $KG_STORE sets it too.")(fn)


def input_options(fn):
    """Options for reading articles: encoding and metadata defaults."""
    fn = click.option("--encoding", help="Decode text files with this encoding instead of detecting it.")(fn)
    fn = click.option("--publisher", help="Publisher for articles whose metadata names none.")(fn)
    fn = click.option("--published", help="Publication date (YYYY-MM-DD) for articles that have none.")(fn)
    return fn


def format_option(choices, default):
    """An output --format option with the given choices."""
    return click.option("--format", "fmt", type=click.Choice(choices), default=default, show_default=True,
                        help="Output format.")


class PluginChoice(click.Choice):
    """The names of the plugins of one kind (kg.plugins), read when the option is first used."""

    def __init__(self, kind: str):
        self.kind = kind
        super().__init__([])

    @property
    def choices(self):
        from .plugins import names

        return tuple(names(self.kind))

    @choices.setter
    def choices(self, _value):  # click.Choice sets it; the registry is the one list
        pass


def resolver_option(fn):
    """--resolver: the speaker resolver plugin that maps 'he', 'the minister' to an agent."""
    return click.option("--resolver", type=PluginChoice("resolver"), default="rules", show_default=True,
                        help="Speaker resolver: kg's rules or an installed plugin's name.")(fn)


def _open_store(location, read_only=False):
    from .store import open_store

    return open_store(location, read_only=read_only)


def _terminal_width() -> int:
    """Columns of the terminal (or $COLUMNS), 120 when output is not a terminal."""
    import shutil

    return max(60, shutil.get_terminal_size((120, 24)).columns)


def _echo_rows(rows: list[dict], columns: list[str], fmt: str, *, width: int = 60, empty: str | None = None) -> None:
    """Rows as json, csv/tsv (every column, nothing cut) or a table; `empty` is said instead of a bare header."""
    if fmt == "table" and not rows and empty:
        click.echo(empty)
    elif fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False, default=str))
    elif fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore",
                                delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows({c: ("" if r.get(c) is None else r.get(c)) for c in columns} for r in rows)
        click.echo(out.getvalue(), nl=False)
    else:
        click.echo(render_table(rows, columns, width=width))


def render_table(rows: list[dict], columns: list[str], width: int | None = 60, *, fit: int | None = None,
                 flexible: tuple[str, ...] = (), squeeze: tuple[str, ...] = ()) -> str:
    """A plain-text table. Each cell is cut to `width` characters (None: never cut); with `fit`, the
    `flexible` columns share what the others leave of `fit` characters per line, and when that is
    under 30 characters each, the `squeeze` columns are cut to 18 first to make room."""
    def one_line(value):
        return "" if value is None else " ".join(str(value).split())

    def cut(text, limit):
        return text if limit is None or len(text) <= limit else text[: max(1, limit - 1)] + "\u2026"

    texts = [[one_line(r.get(c)) for c in columns] for r in rows]
    limits = {c: width for c in columns}
    if fit and flexible:
        natural = {c: max([len(c)] + [len(row[i]) for row in texts]) for i, c in enumerate(columns)}
        for c in columns:
            if c not in flexible:
                limits[c] = min(natural[c], width or natural[c])

        def room():
            return fit - sum(limits[c] for c in columns if c not in flexible) - 2 * (len(columns) - 1)

        if room() < 30 * len(flexible):
            for c in squeeze:
                limits[c] = min(limits[c], max(len(c), 18))
        left, spare = [c for c in columns if c in flexible], room()
        # the narrower flexible columns take what they need, the rest share the remainder equally
        for c in sorted(left, key=natural.get):
            share = max(len(c), 20, spare // len(left))  # readable even when the terminal is narrow
            limits[c] = min(natural[c], share)
            spare -= limits[c]
            left.remove(c)
    table = [[cut(v, limits[c]) for v, c in zip(row, columns)] for row in texts]
    widths = [max([len(c)] + [len(row[i]) for row in table]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in table]
    return "\n".join(lines)


def _report_failures(failed) -> None:
    for error in failed:
        click.echo(f"Error: {error}", err=True)
