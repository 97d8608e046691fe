"""Pictures for docs/charts/ (made by `kg docs --pictures`): one of each chart kind and of
the network, drawn from the KGs the shell hands in (the bundled corpus, and a synthetic KG
of a few hundred articles), so a reader sees what `kg chart` and `kg network --png` draw before running them.

What to draw is chosen from the data, not named here: the timeline shows the measure with
the most dated realisations, the many-series timeline the word shared by most measure
labels, and the neighbourhood picture is around the most central actor.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from kg.outputs import network as net
from kg.outputs.charts import MAX_SERIES, chart, timeline_series


def measure_labels(kg) -> list[tuple[str, str]]:
    """(measure label, unit) of every dated realisation, from the figures template."""
    return [(row["label"], row["unit"]) for row in kg.query("figures")
            if "realization" in str(row["kind"]).casefold() and row["start"] is not None]


def richest_measure(kg) -> dict:
    """Timeline parameters for the measure and unit with the most dated realisations."""
    (label, unit), _ = Counter(measure_labels(kg)).most_common(1)[0]
    return {"measure": label, "unit": unit}


def shared_word(kg) -> dict:
    """Timeline parameters for the word (4+ letters) that most distinct measure labels share,
    among those that still fit one chart (at most MAX_SERIES series)."""
    labels = {label for label, _ in measure_labels(kg)}
    words = Counter(w for label in labels for w in set(re.findall(r"\w{4,}", label.casefold())))
    for word, _ in words.most_common():
        if 1 < len(timeline_series(kg.query("timeline", measure=word))) <= MAX_SERIES:
            return {"measure": word}
    return richest_measure(kg)


def chart_pictures(kg, folder: Path) -> list[Path]:
    """A one-series timeline, a many-series timeline and the targets against realisations."""
    drawn = [chart(kg, "timeline", folder / "timeline.png", richest_measure(kg)),
             chart(kg, "timeline", folder / "timeline-series.png", shared_word(kg)),
             chart(kg, "target-vs-actual", folder / "targets.png", {})]
    return [d.path for d in drawn]


def network_pictures(kg, folder: Path, name: str, around: bool = False) -> list[Path]:
    """The whole network, and (when `around`) the two-hop neighbourhood of its most central actor."""
    graph = net.build_network(kg)
    written = [net.write_png(graph, folder / f"network-{name}.png").path]
    if around:
        (centre,) = net.central_actors(graph, top=1)
        written.append(net.write_png(net.neighbourhood(graph, centre["node"], 2), folder / f"network-{name}-around.png").path)
    return written


def write_pictures(folder: Path, corpus, synthetic=None) -> list[Path]:
    """Every picture into `folder` (docs/charts/): charts and network of the corpus KG, the
    network of the synthetic KG when one is handed in."""
    folder.mkdir(parents=True, exist_ok=True)
    written = chart_pictures(corpus, folder) + network_pictures(corpus, folder, "corpus", around=True)
    if synthetic is not None:
        written += network_pictures(synthetic, folder, "synthetic")
    return written
