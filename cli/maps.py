"""``gapgraph map``: interactive offline maps (one HTML file each), and PNG pictures of them."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from gapgraph.cli.common import DEFAULT_STORE, StoreOption, app, fail, open_graph, reported_errors, say

map_app = typer.Typer(
    help="Write an interactive HTML map (one offline file), and a PNG if asked.", no_args_is_help=True
)
app.add_typer(map_app, name="map")

OutOption = Annotated[Path, typer.Option("--out", help="The HTML file to write.")]
DirectOption = Annotated[
    bool, typer.Option("--direct", help="Only stated collaborations, not taking part in the same programme.")
]
PngOption = Annotated[
    Path | None, typer.Option("--png", help="Also write a PNG picture (headless Chromium, after drawing).")
]


def draw(kind: str, names: list[str], out: Path, png: Path | None, store_dir: Path, **options: Any) -> None:
    """Draw a map of the stored graph, write the page (and the picture), say where."""
    with reported_errors():
        kg = open_graph(store_dir)
        try:
            drawn = kg.map(kind, *names, out=out, png=png, **options)
        except ValueError as exc:
            code = 4 if str(exc).startswith("nothing to draw") else 2
            raise fail(str(exc), code) from None
        except Exception as exc:
            if type(exc).__name__ == "ScreenshotError":
                raise fail(str(exc), 5) from None
            raise
    pictured = f" and {png}" if png else ""
    say(f"wrote {out}{pictured}: {len(drawn.nodes)} nodes, {len(drawn.edges)} edges")


@map_app.command("partners")
def map_partners(
    types: Annotated[list[str] | None, typer.Option("--types", help="Only actors of these classes.")] = None,
    direct: DirectOption = False,
    out: OutOption = Path("partners.html"),
    png: PngOption = None,
    store_dir: StoreOption = DEFAULT_STORE,
) -> None:
    """The partnership network: actors linked by what they share, sized by betweenness."""
    draw("partners", [], out, png, store_dir, types=types, direct=direct)


@map_app.command("ego")
def map_ego(
    name: Annotated[str, typer.Argument(help="An actor (or any node), by any of its names.")],
    depth: Annotated[int, typer.Option("--depth", min=0, help="How many hops around it.")] = 2,
    direct: DirectOption = False,
    out: OutOption = Path("ego.html"),
    png: PngOption = None,
    store_dir: StoreOption = DEFAULT_STORE,
) -> None:
    """An actor's neighbourhood, the actor marked and centred."""
    draw("ego", [name], out, png, store_dir, depth=depth, direct=direct)


@map_app.command("path")
def map_path(
    start: Annotated[str, typer.Argument(help="An actor, product, pilot or law.")],
    goal: Annotated[str, typer.Argument(help="An output, outcome or SDG target.")],
    all_paths: Annotated[bool, typer.Option("--all", help="Every simple path, not only the shortest.")] = False,
    max_length: Annotated[int, typer.Option("--max-length", min=1, help="The longest path, in hops (at most 8).")] = 6,
    via_programme: Annotated[
        bool, typer.Option("--via-programme", help="Also the paths through the programme hub.")
    ] = False,
    out: OutOption = Path("path.html"),
    png: PngOption = None,
    store_dir: StoreOption = DEFAULT_STORE,
) -> None:
    """Contribution paths, the chain laid out left to right."""
    draw(
        "path",
        [start, goal],
        out,
        png,
        store_dir,
        all_paths=all_paths,
        max_length=max_length,
        via_programme=via_programme,
    )


@map_app.command("programme")
def map_programme(
    name: Annotated[
        str | None, typer.Argument(help="A programme (the one with most participants if left out).")
    ] = None,
    out: OutOption = Path("programme.html"),
    png: PngOption = None,
    store_dir: StoreOption = DEFAULT_STORE,
) -> None:
    """A programme whole: agencies, components, outcomes, outputs, SDG targets, partners."""
    draw("programme", [name] if name else [], out, png, store_dir)
