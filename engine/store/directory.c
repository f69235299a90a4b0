/* SPDX-License-Identifier: Apache-2.0 */
/* directory.c — the trainee directory (see directory.h). */
#include "directory.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "../core/i18n.h"
#include "../core/util.h"
#include "store_sql.h"

enum { COL_ID, COL_NAME, COL_DEPT, COL_MANAGER, NCOLS };

/* One parsed row: its fields (pointing into a buffer the row owns). */
typedef struct csv_row {
    char **fields;
    size_t n, cap;
    char *buf;
    size_t len, bcap;
    int line;  /* the line the row starts on */
} csv_row;

static void buf_add(csv_row *r, char ch)
{
    if (r->len == r->bcap)
        r->buf = uh_xrealloc(r->buf, r->bcap = r->bcap ? 2 * r->bcap : 256);
    r->buf[r->len++] = ch;
}

/* Reads the row starting at *p (up to end): fields separated by sep,
 * quoted fields with "" for a quote. Returns 1 for a row, 0 at the end of
 * the text, -1 with err filled for a quote left open. *line counts lines. */
static int read_row(const char **p, const char *end, char sep, int *line, csv_row *r,
                    const char *name, uh_error *err)
{
    r->n = r->len = 0;
    r->line = *line;
    if (*p >= end)
        return 0;
    size_t starts[256], nf = 0;
    bool more = true;
    while (more) {
        size_t start = r->len;
        const char *s = *p;
        if (s < end && *s == '"') {
            s++;
            for (;;) {
                if (s >= end)
                    return uh_error_set(err, name, r->line, _("a quoted field is not closed "
                                                          "(a \" is missing)"));
                if (*s == '"') {
                    if (s + 1 < end && s[1] == '"') {
                        buf_add(r, '"');
                        s += 2;
                        continue;
                    }
                    s++;
                    break;
                }
                if (*s == '\n')
                    (*line)++;
                buf_add(r, *s++);
            }
            /* After the closing quote: a separator or the end of the line. */
            while (s < end && (*s == ' ' || *s == '\r') && !(*s == '\r' && s + 1 < end && s[1] == '\n'))
                s++;
            if (s < end && *s != sep && *s != '\n' && *s != '\r')
                return uh_error_set(err, name, *line, _("text after a closing quote (a quote "
                                      "inside a field is written \"\")"));
        } else {
            while (s < end && *s != sep && *s != '\n')
                buf_add(r, *s++);
            if (r->len > start && r->buf[r->len - 1] == '\r')
                r->len--;
        }
        buf_add(r, '\0');
        if (nf < sizeof starts / sizeof *starts)
            starts[nf++] = start;
        if (s < end && *s == sep) {
            s++;
        } else {
            if (s < end && *s == '\r')
                s++;
            if (s < end && *s == '\n')
                s++;
            (*line)++;
            more = false;
        }
        *p = s;
    }
    if (nf > r->cap)
        r->fields = uh_xrealloc(r->fields, (r->cap = nf) * sizeof *r->fields);
    for (size_t i = 0; i < nf; i++)
        r->fields[i] = r->buf + starts[i];
    r->n = nf;
    return 1;
}

/* Trims spaces at both ends in place. */
static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        s[--n] = '\0';
    return s;
}

/* Which column a header names, or -1. */
static int header_column(const char *h)
{
    char k[64];
    size_t n = 0;
    for (; *h && n + 1 < sizeof k; h++)
        if (isalnum((unsigned char)*h))
            k[n++] = (char)tolower((unsigned char)*h);
    k[n] = '\0';
    static const struct { const char *name; int col; } names[] = {
        {"employeeid", COL_ID}, {"id", COL_ID}, {"employee", COL_ID}, {"employeenumber", COL_ID},
        {"staffid", COL_ID}, {"name", COL_NAME}, {"fullname", COL_NAME},
        {"employeename", COL_NAME}, {"department", COL_DEPT}, {"dept", COL_DEPT},
        {"manager", COL_MANAGER}, {"linemanager", COL_MANAGER},
    };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(k, names[i].name) == 0)
            return names[i].col;
    return -1;
}

static bool blank_row(const csv_row *r)
{
    for (size_t i = 0; i < r->n; i++)
        if (*trim(r->fields[i]))
            return false;
    return true;
}

static void problem(uh_problems *pr, uh_error *first, int *count, const char *name, int line,
                    const char *fmt, const char *arg)
{
    uh_error e;
    uh_error_set(&e, name, line, fmt, arg);
    if (*count == 0 && first)
        *first = e;
    if (*count < UH_DIRECTORY_MAX_PROBLEMS && pr)
        uh_problems_add(pr, &e);
    (*count)++;
}

int uh_directory_import_text(uh_store *st, const char *name, const char *text, size_t len,
                             bool keep_missing, uh_directory_counts *counts,
                             uh_problems *problems, uh_error *err)
{
    uh_directory_counts local = {0};
    if (!counts)
        counts = &local;
    *counts = (uh_directory_counts){0};
    if (uh_store_schema_version(st) < UH_STORE_REPORT_VERSION)
        return uh_error_set(err, uh_store_path(st), 0, _("the results store has no directory (it "
                              "is opened at an older schema version)"));
    const char *p = text, *end = text + len;
    if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    /* The separator: a comma, else what the header line uses. */
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    if (!eol)
        eol = end;
    char sep = ',';
    if (!memchr(p, ',', (size_t)(eol - p)))
        sep = memchr(p, ';', (size_t)(eol - p)) ? ';' : memchr(p, '\t', (size_t)(eol - p)) ? '\t' : ',';
    csv_row r = {0};
    int line = 1, nproblems = 0, rc;
    uh_error first;
    uh_error_clear(&first);
    int col[NCOLS] = {-1, -1, -1, -1};
    do {
        rc = read_row(&p, end, sep, &line, &r, name, err);
    } while (rc == 1 && blank_row(&r));
    if (rc <= 0) {
        free(r.fields);
        free(r.buf);
        if (rc == 0)
            uh_error_set(err, name, 0, _("the file is empty: it needs a header row (employee_id, "
                           "name, department, manager) and a row per person"));
        if (problems)
            uh_problems_add(problems, err);
        return -1;
    }
    for (size_t i = 0; i < r.n; i++) {
        int c = header_column(trim(r.fields[i]));
        if (c >= 0 && col[c] < 0)
            col[c] = (int)i;
    }
    int header_line = r.line;
    if (col[COL_ID] < 0 || col[COL_NAME] < 0) {
        problem(problems, &first, &nproblems, name, header_line,
                _("the header row needs the columns employee_id and name (and may have "
                  "department and manager)%s"), "");
        *err = first;
        free(r.fields);
        free(r.buf);
        return -1;
    }
    sqlite3 *db = uh_store_sqlite(st);
    if (uh_store_write_begin(st, err)) {
        free(r.fields);
        free(r.buf);
        return -1;
    }
    sqlite3_stmt *seen = NULL, *up = NULL, *old = NULL;
    int status = -1;
    char now[32];
    uh_iso8601_now(now, false);
    /* The ids of this file, to find duplicates and the people who left. */
    if (sqlite3_exec(db, "CREATE TEMP TABLE IF NOT EXISTS directory_seen (id TEXT PRIMARY KEY); "
                         "DELETE FROM directory_seen", NULL, NULL, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db, "INSERT INTO directory_seen (id) VALUES (?) ON CONFLICT DO NOTHING",
                           -1, &seen, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db, "SELECT name, department, manager FROM directory WHERE employee_id = ?",
                           -1, &old, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db, "INSERT INTO directory (employee_id, name, department, manager, "
                               "imported_at) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(employee_id) "
                               "DO UPDATE SET name = ?2, department = ?3, manager = ?4, "
                               "imported_at = ?5",
                           -1, &up, NULL) != SQLITE_OK) {
        uh_store_sql_error(st, err, _("cannot import the directory"));
        goto done;
    }
    for (;;) {
        rc = read_row(&p, end, sep, &line, &r, name, err);
        if (rc < 0) {
            problem(problems, &first, &nproblems, err->file, err->line, "%s", err->msg);
            break;
        }
        if (rc == 0)
            break;
        if (blank_row(&r))
            continue;
        const char *v[NCOLS];
        for (int c = 0; c < NCOLS; c++)
            v[c] = col[c] >= 0 && (size_t)col[c] < r.n ? trim(r.fields[col[c]]) : "";
        if ((size_t)col[COL_ID] >= r.n || (size_t)col[COL_NAME] >= r.n) {
            problem(problems, &first, &nproblems, name, r.line,
                    _("this row has fewer fields than the header (is a separator or a quote "
                      "missing?)%s"), "");
            continue;
        }
        if (!*v[COL_ID]) {
            problem(problems, &first, &nproblems, name, r.line, _("no employee id%s"), "");
            continue;
        }
        if (!*v[COL_NAME]) {
            problem(problems, &first, &nproblems, name, r.line, _("no name for employee '%s'"),
                    v[COL_ID]);
            continue;
        }
        sqlite3_reset(seen);
        sqlite3_bind_text(seen, 1, v[COL_ID], -1, SQLITE_TRANSIENT);
        if (sqlite3_step(seen) != SQLITE_DONE) {
            uh_store_sql_error(st, err, _("cannot import the directory"));
            goto done;
        }
        if (sqlite3_changes(db) == 0) {
            problem(problems, &first, &nproblems, name, r.line,
                    _("the employee id '%s' is given twice in the file"), v[COL_ID]);
            continue;
        }
        if (nproblems)
            continue;  /* only looking for more problems now */
        counts->rows++;
        sqlite3_reset(old);
        sqlite3_bind_text(old, 1, v[COL_ID], -1, SQLITE_TRANSIENT);
        int found = sqlite3_step(old);
        if (found == SQLITE_ROW) {
            bool same = true;
            for (int c = 0; c < 3; c++)
                same &= strcmp((const char *)sqlite3_column_text(old, c), v[COL_NAME + c]) == 0;
            if (same) {
                counts->unchanged++;
                continue;
            }
            counts->updated++;
        } else if (found == SQLITE_DONE) {
            counts->added++;
        } else {
            uh_store_sql_error(st, err, _("cannot import the directory"));
            goto done;
        }
        sqlite3_reset(up);
        for (int c = 0; c < NCOLS; c++)
            sqlite3_bind_text(up, c + 1, v[c], -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(up, 5, now, -1, SQLITE_TRANSIENT);
        if (sqlite3_step(up) != SQLITE_DONE) {
            uh_store_sql_error(st, err, _("cannot import the directory"));
            goto done;
        }
    }
    if (nproblems) {
        *err = first;
        if (nproblems > UH_DIRECTORY_MAX_PROBLEMS && problems)
            uh_problems_addf(problems, name, 0,
                             ngettext("%d more problem not listed", "%d more problems not listed",
                                      nproblems - UH_DIRECTORY_MAX_PROBLEMS),
                             nproblems - UH_DIRECTORY_MAX_PROBLEMS);
        goto done;
    }
    if (counts->rows == 0) {
        uh_error_set(err, name, header_line, _("no one is listed under the header row; nothing was "
                       "imported (to empty the directory use `unhooked directory clear`)"));
        if (problems)
            uh_problems_add(problems, err);
        goto done;
    }
    if (!keep_missing) {
        if (sqlite3_exec(db, "DELETE FROM directory WHERE employee_id NOT IN "
                             "(SELECT id FROM directory_seen)", NULL, NULL, NULL) != SQLITE_OK) {
            uh_store_sql_error(st, err, _("cannot import the directory"));
            goto done;
        }
        counts->removed = sqlite3_changes(db);
    }
    status = 0;
done:
    sqlite3_finalize(seen);
    sqlite3_finalize(old);
    sqlite3_finalize(up);
    sqlite3_exec(db, "DELETE FROM directory_seen", NULL, NULL, NULL);
    free(r.fields);
    free(r.buf);
    if (status)
        *counts = (uh_directory_counts){0};
    return uh_store_write_end(st, status, status ? NULL : err) ? -1 : status;
}

int uh_directory_import(uh_store *st, const char *path, bool keep_missing,
                        uh_directory_counts *counts, uh_problems *problems, uh_error *err)
{
    size_t len = 0;
    char *text = uh_read_file_max(path, (size_t)256 << 20, &len, err);
    if (!text) {
        if (problems)
            uh_problems_add(problems, err);
        return -1;
    }
    int rc = uh_directory_import_text(st, path, text, len, keep_missing, counts, problems, err);
    free(text);
    return rc;
}

static void csv_cell(FILE *out, const char *s, bool last)
{
    bool quote = strpbrk(s, ",\"\r\n") != NULL;
    if (quote) {
        fputc('"', out);
        for (; *s; s++) {
            if (*s == '"')
                fputc('"', out);
            fputc(*s, out);
        }
        fputc('"', out);
    } else {
        fputs(s, out);
    }
    fputs(last ? "\r\n" : ",", out);
}

int uh_directory_write_csv(uh_store *st, FILE *out, uh_error *err)
{
    if (uh_store_schema_version(st) < UH_STORE_REPORT_VERSION) {
        fputs("employee_id,name,department,manager\r\n", out);
        return 0;
    }
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(uh_store_sqlite(st), "SELECT employee_id, name, department, manager "
                           "FROM directory ORDER BY department, name, employee_id", -1, &q,
                           NULL) != SQLITE_OK)
        return uh_store_sql_error(st, err, _("cannot read the directory"));
    fputs("employee_id,name,department,manager\r\n", out);
    int step;
    while ((step = sqlite3_step(q)) == SQLITE_ROW)
        for (int c = 0; c < 4; c++)
            csv_cell(out, (const char *)sqlite3_column_text(q, c), c == 3);
    sqlite3_finalize(q);
    if (step != SQLITE_DONE)
        return uh_store_sql_error(st, err, _("cannot read the directory"));
    return 0;
}

int uh_directory_clear(uh_store *st, int *removed, uh_error *err)
{
    if (removed)
        *removed = 0;
    if (uh_store_schema_version(st) < UH_STORE_REPORT_VERSION)
        return 0;
    if (uh_store_write_begin(st, err))
        return -1;
    int rc = 0;
    if (sqlite3_exec(uh_store_sqlite(st), "DELETE FROM directory", NULL, NULL, NULL) != SQLITE_OK)
        rc = uh_store_sql_error(st, err, _("cannot clear the directory"));
    else if (removed)
        *removed = sqlite3_changes(uh_store_sqlite(st));
    return uh_store_write_end(st, rc, err);
}
