"""The commission report as a PDF for payroll: an A4 landscape table drawn by Qt
(QTextDocument printed to a QPdfWriter). Needs a QGuiApplication (fonts); may run off
the GUI thread, like the receipt PDF."""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from pos_app.domain.errors import StorageUnavailable
from pos_app.services.commission_reports import CommissionReport

from .i18n import money_text

RESOLUTION_DPI = 300
_COLUMNS = ("Staff", "Sales (net)", "Units", "Sale commission", "Clawbacks",
            "Tier adjustments", "Bonuses", "Commission", "Needs review")


def report_html(report: CommissionReport, *, store_name: str = "",
                generated: datetime | None = None) -> str:
    cur = report.currency
    e = html.escape

    def money(v: int) -> str:
        return e(money_text(v, cur))

    head = "".join(f'<th align="{"left" if i == 0 else "right"}">{e(c)}</th>'
                   for i, c in enumerate(_COLUMNS))
    rows = []
    for s in (*report.staff, report.totals):
        total = s is report.totals
        cells = [e(s.name), money(s.sales), f"{s.units:,}", money(s.sale_commission),
                 money(s.clawbacks), money(s.tier_adjustments), money(s.bonuses),
                 money(s.commission), str(s.needs_review) if s.needs_review else ""]
        tds = "".join(f'<td align="{"left" if i == 0 else "right"}">'
                      f'{"<b>" + c + "</b>" if total else c}</td>' for i, c in enumerate(cells))
        rows.append(f'<tr{" class=total" if total else ""}>{tds}</tr>')
    if report.empty:
        rows = [f'<tr><td colspan="{len(_COLUMNS)}">No commission yet this period</td></tr>']
    period = report.filter.period
    scope = report.filter.scope
    where = ", ".join(x for x in (
        f"store {scope.store_id}" if scope.store_id else "",
        f"terminal {scope.terminal_id}" if scope.terminal_id else "") if x) or \
        "all stores and terminals in the source"
    when = (generated or datetime.now()).strftime("%d %b %Y %H:%M")
    notes = ""
    if report.other_currencies:
        left = ", ".join(f"{n} record(s) in {c}" for c, n in sorted(
            report.other_currencies.items()))
        notes = f"<p>Not included (another currency): {e(left)}.</p>"
    return f"""<html><head><style>
body {{ font-family: sans-serif; font-size: 9pt; color: #111; }}
h1 {{ font-size: 15pt; margin: 0; }}
p.sub {{ color: #444; margin: 2px 0 8px 0; }}
table {{ border-collapse: collapse; }}
th {{ background: #e9ebef; padding: 4px 6px; font-weight: bold; }}
td {{ padding: 3px 6px; border-bottom: 1px solid #ddd; }}
tr.total td {{ border-top: 2px solid #111; }}
</style></head><body>
<h1>Commission · {e(period.label)}{' · ' + e(store_name) if store_name else ''}</h1>
<p class="sub">{e(period.start.isoformat())} to {e(period.last.isoformat())} · {e(where)}</p>
<p class="sub">{e(report.info.banner)}</p>
<table width="100%" cellspacing="0"><thead><tr>{head}</tr></thead>
<tbody>{''.join(rows)}</tbody></table>
{notes}
<p class="sub">Amounts in {e(cur)}. Generated {e(when)}.</p>
</body></html>"""


def write_commission_pdf(report: CommissionReport, path: Path | str, *,
                         store_name: str = "") -> Path:
    """Write the report as a PDF at `path`; StorageUnavailable if it cannot be written."""
    out = Path(path)
    try:
        # Qt reports an unwritable file only as a log warning; find out here, typed.
        with open(out, "wb"):
            pass
    except OSError as exc:
        raise StorageUnavailable(f"Cannot write the PDF to {out}: {exc.strerror}") from exc
    writer = QPdfWriter(str(out))
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(f"Commission {report.filter.period.label}")
    writer.setCreator("pos_app back office")
    # No page margins of our own: printing an unpaginated QTextDocument adds 2 cm.
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0),
                                     QPageLayout.Unit.Millimeter))
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setHtml(report_html(report, store_name=store_name))
    doc.print_(writer)
    del writer  # finishes the file
    return out
