/* SPDX-License-Identifier: Apache-2.0 */
/* test_html.c — the HTML report: self-contained (no script, no fetch of
 * anything), every chart present, text escaped, an empty store handled. */
#include "dataset.h"
#include "golden.h"
#include "report/html.h"
#include "testing.h"
#include "tmpdir.h"

static void write_page(FILE *f, void *s)
{
    uh_html_options o = {.organisation = "Acme <Defence> & Co", .generated = "2026-11-30"};
    uh_report_html(f, s, &o);
}

static int count(const char *hay, const char *needle)
{
    int n = 0;
    for (const char *p = hay; (p = strstr(p, needle)); p++)
        n++;
    return n;
}

TEST(self_contained_page)
{
    uh_error err;
    uh_store *st = uh_store_open(uh_tmp("html.db"), &err);
    CHECK(uh_test_dataset(st, &err) == 0);
    uh_summary *s = uh_summary_from_store(st, NULL, &err);
    char *page = uh_capture(write_page, s);
    CHECK(strncmp(page, "<!DOCTYPE html>", 15) == 0);
    CHECK(count(page, "<svg ") == 4);
    CHECK(count(page, "<script") == 0);
    CHECK(count(page, "src=") == 0 && count(page, "href=") == 0 && count(page, "@import") == 0);
    CHECK(count(page, "url(") == 0);
    CHECK_HAS(page, "Acme &lt;Defence&gt; &amp; Co");
    CHECK(count(page, "Brien") == 0);  /* trainees' names are never shown */
    CHECK_HAS(page, "The Trade Fair Trip");
    CHECK_HAS(page, "Red flags most often missed");
    CHECK_HAS(page, "</html>");
    /* Tags balance (a cheap well-formedness check). */
    CHECK(count(page, "<svg ") == count(page, "</svg>"));
    CHECK(count(page, "<section") == count(page, "</section>"));
    CHECK(count(page, "<table>") == count(page, "</table>"));
    CHECK(count(page, "<tr>") == count(page, "</tr>"));
    /* Deterministic for the same data and options. */
    char *again = uh_capture(write_page, s);
    CHECK(strcmp(page, again) == 0);
    CHECK(uh_golden("report.html", page));
    free(again);
    free(page);
    uh_summary_free(s);
    uh_store_close(st);
}

TEST(empty_store)
{
    uh_summary *s = uh_summary_empty("NOBODY");
    char *page = uh_capture(write_page, s);
    CHECK_HAS(page, "No attempts are recorded for this selection");
    CHECK(count(page, "<svg ") == 0);
    free(page);
    uh_summary_free(s);
}

int main(void)
{
    RUN(self_contained_page);
    RUN(empty_store);
    TEST_END();
}
