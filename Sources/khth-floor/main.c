// The floor `make bench` holds the tool against: the least a program can do to
// put the same rows into a workbook with libxlsxwriter in constant-memory mode.
// It reads CSV files (RFC 4180: quotes, doubled quotes, line breaks in quotes)
// and writes, for every data row, each field as one cell — a number when the
// field is one, else a string — plus the row's number, file and line: the cells
// the tool's row sheets («Dự án», «Dữ liệu») hold for it. No validation, no
// summary, no formats. Past Excel's last row it goes on to a new sheet.
//
//   khth-floor OUT.xlsx FILE.csv...
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

static lxw_workbook *book;
static lxw_worksheet *sheet;
static int sheets = 0;
static lxw_row_t row = 0;
static long written = 0;

static void next_sheet(void) {
    char name[32];
    snprintf(name, sizeof name, "Rows %d", ++sheets);
    sheet = workbook_add_worksheet(book, name);
    row = 0;
}

static int is_number(const char *text, size_t length) {
    if (length == 0 || length > 15) return 0;
    for (size_t i = 0; i < length; i++) {
        char c = text[i];
        if (!((c >= '0' && c <= '9') || c == '.' || (c == '-' && i == 0))) return 0;
    }
    return 1;
}

static void write_field(lxw_col_t column, char *text, size_t length) {
    if (length == 0) return;
    text[length] = 0;
    if (is_number(text, length)) {
        worksheet_write_number(sheet, row, column, strtod(text, NULL), NULL);
    } else {
        worksheet_write_string(sheet, row, column, text, NULL);
    }
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: khth-floor OUT.xlsx FILE.csv...\n");
        return 2;
    }
    lxw_workbook_options options = {.constant_memory = LXW_TRUE};
    book = workbook_new_opt(argv[1], &options);
    next_sheet();
    size_t capacity = 1 << 16;
    char *field = malloc(capacity);
    static char buffer[1 << 20];
    for (int file = 2; file < argc; file++) {
        FILE *input = fopen(argv[file], "rb");
        if (!input) { perror(argv[file]); return 1; }
        size_t length = 0;
        int quoted = 0, after_quote = 0, header = 1, first = 1;
        lxw_col_t column = 3;
        long line = 1, start_line = 1;
        size_t got;
        while ((got = fread(buffer, 1, sizeof buffer, input)) > 0) {
            for (size_t i = 0; i < got; i++) {
                char c = buffer[i];
                if (first) {
                    first = 0;
                    if ((unsigned char)c == 0xEF) { i += 2; continue; }  // UTF-8 byte-order mark
                }
                if (quoted) {
                    if (c == '"') { quoted = 0; after_quote = 1; continue; }
                    if (c == '\n') line++;
                } else if (c == '"') {
                    // `""` inside quotes is one quote; a quote opening a field starts quoting.
                    if (after_quote) { after_quote = 0; quoted = 1; } else { quoted = 1; continue; }
                } else if (c == ',' || c == '\n') {
                    after_quote = 0;
                    if (length > 0 && field[length - 1] == '\r') length--;
                    if (!header) write_field(column, field, length);
                    length = 0;
                    column++;
                    if (c == '\n') {
                        if (!header) {
                            worksheet_write_number(sheet, row, 0, (double)++written, NULL);
                            worksheet_write_string(sheet, row, 1, argv[file], NULL);
                            worksheet_write_number(sheet, row, 2, (double)start_line, NULL);
                            if (++row > LXW_ROW_MAX - 1) next_sheet();
                        }
                        header = 0;
                        column = 3;
                        start_line = ++line;
                    }
                    continue;
                } else {
                    after_quote = 0;
                }
                if (length + 1 >= capacity) field = realloc(field, capacity *= 2);
                field[length++] = c;
            }
        }
        fclose(input);
    }
    lxw_error status = workbook_close(book);
    if (status != LXW_NO_ERROR) {
        fprintf(stderr, "workbook_close: %s\n", lxw_strerror(status));
        return 1;
    }
    printf("%ld rows\n", written);
    return 0;
}
