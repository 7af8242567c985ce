"""How each class looks on a map: colour and shape by family of classes, and the legend.

A node takes the style of its nearest styled ancestor class, so a new subclass of ``Actor`` or
``Policy`` is drawn like its family without a change here.

>>> style_of("TradeUnion").label
'trade union'
>>> style_of("Convention").shape
'triangle'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from gapgraph.ontology.schema import schema


@dataclass(frozen=True)
class Style:
    """A family of classes on the map."""

    label: str
    colour: str
    shape: str


STYLES: dict[str, Style] = {
    "UNAgency": Style("UN agency", "#009edb", "dot"),
    "Fund": Style("fund or donor", "#1b5e20", "dot"),
    "Donor": Style("fund or donor", "#1b5e20", "dot"),
    "GovernmentBody": Style("government body", "#e65100", "dot"),
    "Legislature": Style("government body", "#e65100", "dot"),
    "TradeUnion": Style("trade union", "#c62828", "dot"),
    "CivilSocietyOrganization": Style("civil society", "#ad1457", "dot"),
    "EmployerOrganization": Style("employers and companies", "#6d4c41", "dot"),
    "PrivateCompany": Style("employers and companies", "#6d4c41", "dot"),
    "AcademicInstitution": Style("academia and training", "#5e35b1", "dot"),
    "TrainingInstitute": Style("academia and training", "#5e35b1", "dot"),
    "InternationalOrganization": Style("international organisation", "#00838f", "dot"),
    "Person": Style("person", "#90a4ae", "dot"),
    "Actor": Style("other actor", "#78909c", "dot"),
    "Programme": Style("programme or component", "#0d47a1", "star"),
    "Component": Style("programme or component", "#0d47a1", "star"),
    "Outcome": Style("outcome", "#2e7d32", "diamond"),
    "Output": Style("output", "#66bb6a", "diamond"),
    "SDGGoal": Style("SDG goal", "#f57f17", "hexagon"),
    "SDGTarget": Style("SDG target", "#f9a825", "hexagon"),
    "LegalInstrument": Style("law or convention", "#4e342e", "triangle"),
    "Policy": Style("policy or plan", "#8d6e63", "triangleDown"),
    "Pilot": Style("pilot", "#d81b60", "square"),
    "Mechanism": Style("mechanism", "#7b1fa2", "square"),
    "KnowledgeProduct": Style("knowledge product", "#546e7a", "box"),
    "Activity": Style("activity or event", "#26a69a", "ellipse"),
    "Event": Style("activity or event", "#26a69a", "ellipse"),
    "Campaign": Style("activity or event", "#26a69a", "ellipse"),
    "Indicator": Style("indicator", "#9e9d24", "text"),
    "Place": Style("place", "#455a64", "triangleDown"),
    "TargetGroup": Style("target group", "#bcaaa4", "ellipse"),
}
OTHER = Style("other", "#9e9e9e", "dot")


@cache
def style_of(cls: str) -> Style:
    """The style of the nearest ancestor of ``cls`` (itself first) that has one."""
    model = schema()
    if cls in STYLES:
        return STYLES[cls]
    if cls not in model.classes:
        return OTHER
    ancestors = sorted(model.ancestors(cls), key=lambda a: -len(model.ancestors(a)))
    return next((STYLES[a] for a in ancestors if a in STYLES), OTHER)


def legend(classes: set[str]) -> list[Style]:
    """The styles used by ``classes``, once each, in the order of :data:`STYLES`."""
    used = {style_of(c) for c in classes}
    ordered = list(dict.fromkeys([*STYLES.values(), OTHER]))
    return [s for s in ordered if s in used]
