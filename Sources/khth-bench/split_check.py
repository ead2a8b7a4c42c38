"""Checks a report past Excel's last row the way a user's other tools would
read it (openpyxl): «Dự án» fills the sheet to row 1,048,576 and goes on in
«Dự án (2)»…; every event is there once; the FDI column and III.1 in «Tổng
hợp» both equal the generator's total.

    /usr/bin/python3 split_check.py REPORT.xlsx EVENTS FDI_MILLION_USD
"""

import sys

import openpyxl

EXCEL_ROWS = 1_048_576


def main(path, events, fdi):
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    parts = [name for name in book.sheetnames if name == "Dự án" or name.startswith("Dự án (")]
    counted, attracted, last_rows, numbers = 0, 0.0, [], []
    for name in parts:
        last = 0
        for index, row in enumerate(book[name].iter_rows(values_only=True), start=1):
            first = row[0] if row else None
            if isinstance(first, (int, float)) and not isinstance(first, bool):
                counted += 1
                numbers.append(first)
                if row[6] == "Có" and isinstance(row[14], (int, float)):
                    attracted += row[14]
                last = index
        last_rows.append(last)
    iii1 = next(row[5] for row in book["Tổng hợp"].iter_rows(values_only=True) if "III.1" in row)
    problems = []
    if len(parts) < 2 or last_rows[0] != EXCEL_ROWS:
        problems.append(f"parts {parts}, last rows {last_rows}")
    if counted != events or numbers != list(range(1, events + 1)):
        problems.append(f"{counted} rows for {events} events")
    if abs(attracted - fdi) > 1e-6 * fdi or abs(iii1 - fdi) > 1e-6 * fdi:
        problems.append(f"FDI {attracted} (rows), {iii1} (III.1) for {fdi}")
    shown = ", ".join(f"«{name}» to row {last:,}" for name, last in zip(parts, last_rows))
    print(f"openpyxl reads {shown}; {counted:,} events; FDI {attracted:,.2f} = III.1 {iii1:,.2f} = truth {fdi:,.2f} triệu USD"
          + (f" — WRONG: {'; '.join(problems)}" if problems else " — as generated"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), float(sys.argv[3])))
