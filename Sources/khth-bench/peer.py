"""The peer `make bench` holds the tool against: what a KHTH officer with
pandas would write instead — read every submission under a folder, turn the
figures into numbers and dates, and write the rows to one workbook per kind of
submission with XlsxWriter, the engine pandas recommends. No validation beyond
what pandas does by itself.

    python peer.py INPUTS OUT.xlsx
"""

import pathlib
import sys

import pandas as pd

KINDS = {
    "Mã nhiệm vụ": "Tiến độ",
    "Mã chỉ tiêu": "Chỉ tiêu",
    "Số GCNĐKĐT": "Dự án",
}


def read(path):
    if path.suffix.lower() == ".xlsx":
        frames = pd.read_excel(path, sheet_name=None, dtype=str)
        return [frame for frame in frames.values()]
    return [pd.read_csv(path, dtype=str, encoding="utf-8-sig", keep_default_na=False)]


def number(text):
    # Both notations units write: 1.234.000 and 1,234,000 (a lone separator with three digits after is grouping).
    text = text.str.strip()
    dots = text.str.count(r"\.")
    commas = text.str.count(",")
    vietnamese = (dots > 1) | ((dots == 1) & (commas == 1) & (text.str.find(".") < text.str.find(",")))
    text = text.where(~vietnamese, text.str.replace(".", "", regex=False).str.replace(",", ".", regex=False))
    text = text.where(vietnamese, text.str.replace(",", "", regex=False))
    return pd.to_numeric(text, errors="coerce")


def main(inputs, output):
    groups = {}
    for path in sorted(pathlib.Path(inputs).rglob("*")):
        if path.suffix.lower() not in (".csv", ".xlsx") or path.name.startswith("."):
            continue
        for frame in read(path):
            kind = next((name for column, name in KINDS.items() if column in frame.columns), None)
            if kind is None:
                continue
            frame.insert(0, "Tệp", str(path.relative_to(inputs)))
            groups.setdefault(kind, []).append(frame)
    with pd.ExcelWriter(output, engine="xlsxwriter") as writer:
        for kind, frames in groups.items():
            table = pd.concat(frames, ignore_index=True)
            for column in ("Vốn đăng ký", "Tỷ lệ hoàn thành (%)"):
                if column in table:
                    table[column] = number(table[column])
            for column in ("Ngày cấp", "Ngày gửi", "Ngày hoàn thành", "Hạn hoàn thành"):
                if column in table:
                    table[column] = pd.to_datetime(table[column], dayfirst=True, errors="coerce")
            table.to_excel(writer, sheet_name=kind, index=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
