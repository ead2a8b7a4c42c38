// The floor `make bench` holds the tool against: the least a program can do to
// put the tool's row-sheet cells into a workbook with libxlsxwriter in
// constant-memory mode. It reads the cells from a tab-separated file that
// `khth-bench --cells` extracts from the tool's own workbook («Dự án»,
// «Dữ liệu» and their continuations), so both write exactly the same cells:
// one line per row, one field per column, each field `n<number>`, `s<text>`
// (with \t, \n and \\ escaped) or empty for no cell. No validation, no
// summary sheets, no formats, no widths. Past Excel's last row it goes on to a
// new sheet, as the tool does.
//
//   khth-floor OUT.xlsx CELLS.tsv
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

static lxw_workbook *book;
static lxw_worksheet *sheet;
static int sheets = 0;
static lxw_row_t row = 0;

static void next_sheet(void) {
    char name[32];
    snprintf(name, sizeof name, "Rows %d", ++sheets);
    sheet = workbook_add_worksheet(book, name);
    row = 0;
}

// Undoes the escapes in place; returns the new length.
static size_t unescape(char *text, size_t length) {
    size_t out = 0;
    for (size_t i = 0; i < length; i++) {
        char c = text[i];
        if (c == '\\' && i + 1 < length) {
            char next = text[++i];
            c = next == 't' ? '\t' : next == 'n' ? '\n' : next;
        }
        text[out++] = c;
    }
    text[out] = 0;
    return out;
}

static void write_field(lxw_col_t column, char *field, size_t length) {
    if (length == 0) return;
    if (field[0] == 'n') {
        field[length] = 0;
        worksheet_write_number(sheet, row, column, strtod(field + 1, NULL), NULL);
    } else {
        unescape(field + 1, length - 1);
        worksheet_write_string(sheet, row, column, field + 1, NULL);
    }
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: khth-floor OUT.xlsx CELLS.tsv\n");
        return 2;
    }
    FILE *input = fopen(argv[2], "rb");
    if (!input) {
        perror(argv[2]);
        return 1;
    }
    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .use_zip64 = LXW_TRUE};
    book = workbook_new_opt(argv[1], &options);
    next_sheet();
    char *line = NULL;
    size_t capacity = 0;
    ssize_t got;
    long rows = 0;
    while ((got = getline(&line, &capacity, input)) > 0) {
        size_t length = (size_t)got;
        if (line[length - 1] == '\n') line[--length] = 0;
        lxw_col_t column = 0;
        size_t start = 0;
        for (size_t i = 0; i <= length; i++) {
            if (i == length || line[i] == '\t') {
                write_field(column++, line + start, i - start);
                start = i + 1;
            }
        }
        rows++;
        if (++row > LXW_ROW_MAX - 1) next_sheet();
    }
    free(line);
    fclose(input);
    lxw_error status = workbook_close(book);
    if (status != LXW_NO_ERROR) {
        fprintf(stderr, "workbook_close: %s\n", lxw_strerror(status));
        return 1;
    }
    printf("%ld rows\n", rows);
    return 0;
}
