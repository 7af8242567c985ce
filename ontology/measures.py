"""Codes for what an observation measures, where no Indicator node names it (budgets, rates).

Loaders write the code (``measureCode``) beside a label for people (``measure``); questions find
observations by code, so a report in another language or wording is read the same way.

>>> agency_total("https://w3id.org/gapgraph/id/actor/ilo")
'agency-total-budget/ilo'
>>> is_rate(DELIVERY_RATE), is_rate(CO_FUNDING)
(True, False)
"""

from __future__ import annotations

OVERALL_BUDGET = "overall-budget"
"""The programme's whole budget, the Fund's contribution and the co-funding together."""
CO_FUNDING = "co-funding"
"""The agencies' co-funding of the programme, all together."""
DELIVERY_RATE = "delivery-rate"
"""Expenditures over funds transferred, in percent, for a period."""
COMMITMENT_RATE = "commitment-rate"
"""Commitments over funds transferred, in percent, for a period."""
EXPENDITURES = "expenditures"
"""What the programme spent in a period."""
COMMITMENTS = "commitments"
"""What the programme committed in a period."""
TRANSFERRED = "transferred-funds"
"""What the Fund transferred to the agencies in a period."""
AGENCY_TOTAL = "agency-total-budget"
"""One agency's total: its share of the Fund's contribution plus its co-funding (see :func:`agency_total`)."""

RATES = (DELIVERY_RATE, COMMITMENT_RATE)


def agency_total(agency: str) -> str:
    """The code of one agency's total budget, from the agency's node id."""
    return f"{AGENCY_TOTAL}/{agency.rstrip('/').rsplit('/', 1)[-1]}"


def is_rate(code: str | None) -> bool:
    """Whether the code is of a rate (in percent) rather than an amount of money."""
    return code in RATES
