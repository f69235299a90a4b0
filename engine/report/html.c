/* SPDX-License-Identifier: Apache-2.0 */
/* html.c — the HTML report (see html.h). Everything is drawn with fixed
 * geometry in SVG user units and scaled by the browser (viewBox), so the
 * page looks the same on a laptop, a projector and paper. */
#include "html.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/util.h"

/* Outcome colours: colour-blind-safe enough to tell apart in greyscale too
 * (the order light-to-dark is missed, incomplete, reported, hooked). */
#define C_REPORTED "#2f8f6b"
#define C_MISSED "#e8b04a"
#define C_HOOKED "#c2453d"
#define C_INCOMPLETE "#a7b1bc"
#define C_INK "#1d2733"
#define C_MUTED "#5f6b78"
#define C_GRID "#e3e7ec"
#define C_ACCENT "#27496d"

/* =====================================================================
 * Text
 * =================================================================== */

static void esc(FILE *out, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\'': fputs("&#39;", out); break;
        default: fputc(*s, out);
        }
    }
}

static void pct_text(char out[16], int part, int whole)
{
    if (whole > 0)
        snprintf(out, 16, "%.0f%%", 100.0 * uh_rate(part, whole));
    else
        snprintf(out, 16, "–");
}

/* =====================================================================
 * Page frame
 * =================================================================== */

static const char *const css =
    "*{box-sizing:border-box}"
    "body{margin:0;background:#f4f6f8;color:" C_INK ";font:15px/1.5 system-ui,-apple-system,"
    "'Segoe UI','DejaVu Sans',Roboto,sans-serif}"
    "main{max-width:1120px;margin:0 auto;padding:32px 28px 48px}"
    "header{border-bottom:3px solid " C_ACCENT ";padding-bottom:14px;margin-bottom:22px}"
    "header .kicker{color:" C_ACCENT ";font-weight:700;letter-spacing:.08em;text-transform:uppercase;"
    "font-size:12px}"
    "h1{margin:2px 0 4px;font-size:28px;font-weight:700}"
    "header p{margin:0;color:" C_MUTED "}"
    "h2{font-size:17px;margin:0 0 2px}"
    ".sub{color:" C_MUTED ";font-size:13px;margin:0 0 12px}"
    ".kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:12px;"
    "margin-bottom:20px}"
    ".kpi{background:#fff;border-radius:8px;padding:12px 14px;box-shadow:0 1px 2px rgba(0,0,0,.06);"
    "border-top:4px solid " C_ACCENT "}"
    ".kpi .v{font-size:26px;font-weight:700;line-height:1.2}"
    ".kpi .l{color:" C_MUTED ";font-size:12.5px}"
    ".kpi.good{border-color:" C_REPORTED "}.kpi.warn{border-color:" C_MISSED "}"
    ".kpi.bad{border-color:" C_HOOKED "}"
    ".card{background:#fff;border-radius:8px;padding:18px 20px;margin-bottom:18px;"
    "box-shadow:0 1px 2px rgba(0,0,0,.06);break-inside:avoid}"
    ".row{display:grid;grid-template-columns:1fr 1fr;gap:18px}"
    ".row .card{margin-bottom:0}.row{margin-bottom:18px}"
    "@media (max-width:820px){.row{grid-template-columns:1fr}}"
    "svg{display:block;width:100%;height:auto}"
    ".row svg{max-width:600px;margin:0 auto}"
    ".wide{overflow-x:auto}.wide svg{min-width:680px}"
    "svg text{font-family:inherit;fill:" C_INK "}"
    ".legend{display:flex;flex-wrap:wrap;gap:14px;font-size:13px;color:" C_MUTED ";margin:6px 0 0}"
    ".legend i{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:5px;"
    "vertical-align:-1px}"
    "table{width:100%;border-collapse:collapse;font-size:13.5px;margin-top:8px}"
    "th{text-align:left;font-weight:600;color:" C_MUTED ";border-bottom:1px solid " C_GRID
    ";padding:6px 8px;white-space:nowrap}"
    "td{border-bottom:1px solid " C_GRID ";padding:6px 8px}"
    "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}"
    "td .id{color:" C_MUTED ";font-size:12px}"
    ".bar{height:8px;background:" C_GRID ";border-radius:4px;min-width:90px}"
    ".bar span{display:block;height:8px;border-radius:4px;background:" C_HOOKED "}"
    ".empty{color:" C_MUTED ";font-style:italic;padding:18px 0}"
    "footer{color:" C_MUTED ";font-size:12.5px;margin-top:26px}"
    "footer dt{font-weight:600;color:" C_INK "}footer dd{margin:0 0 6px}"
    "@media print{body{background:#fff}.card,.kpi{box-shadow:none;border:1px solid " C_GRID "}}";

static void kpi(FILE *out, const char *cls, const char *value, const char *label)
{
    fprintf(out, "<div class=\"kpi %s\"><div class=\"v\">%s</div><div class=\"l\">%s</div></div>\n",
            cls, value, label);
}

static void legend(FILE *out)
{
    fprintf(out,
            "<div class=\"legend\"><span><i style=\"background:" C_REPORTED "\"></i>Reported</span>"
            "<span><i style=\"background:" C_MISSED "\"></i>Missed (safe, not reported)</span>"
            "<span><i style=\"background:" C_HOOKED "\"></i>Hooked</span>"
            "<span><i style=\"background:" C_INCOMPLETE "\"></i>Not finished</span></div>\n");
}

/* =====================================================================
 * Charts
 * =================================================================== */

/* Outcome of each group as a 100 % stacked horizontal bar. */
static void chart_outcomes(FILE *out, const uh_summary_group *g, size_t n, bool cohort)
{
    const double W = 1000, label_w = 270, right_w = 110, bar_h = 24, gap = 14, top = 26;
    double plot_w = W - label_w - right_w;
    double H = top + n * (bar_h + gap) + 6;
    fprintf(out, "<svg viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"Outcome by %s\">\n", W, H,
            cohort ? "cohort" : "scenario");
    for (int t = 0; t <= 4; t++) {
        double x = label_w + plot_w * t / 4;
        fprintf(out, "<line x1=\"%.1f\" y1=\"%.0f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"" C_GRID "\"/>",
                x, top - 6, x, H - 4);
        fprintf(out, "<text x=\"%.1f\" y=\"%.0f\" font-size=\"12\" text-anchor=\"middle\" "
                     "fill=\"" C_MUTED "\">%d%%</text>\n", x, top - 12, t * 25);
    }
    fprintf(out, "<text x=\"%.0f\" y=\"%.0f\" font-size=\"12\" text-anchor=\"end\" fill=\"" C_MUTED
                 "\">reported</text>\n", W - 4, top - 12);
    for (size_t i = 0; i < n; i++) {
        double y = top + i * (bar_h + gap);
        int parts[4] = {g[i].reported, g[i].missed, g[i].hooked, g[i].attempts - g[i].completed};
        const char *colors[4] = {C_REPORTED, C_MISSED, C_HOOKED, C_INCOMPLETE};
        const char *names[4] = {"reported", "missed", "hooked", "not finished"};
        fprintf(out, "<text x=\"%.0f\" y=\"%.1f\" font-size=\"14\" text-anchor=\"end\">",
                label_w - 12, y + bar_h / 2 + 5);
        const char *label = cohort && !*g[i].key ? "(no cohort)" : g[i].label;
        if (strlen(label) > 34) {
            /* Cut at 32 bytes, backing off to a UTF-8 character boundary. */
            int n = 32;
            while (n > 0 && ((unsigned char)label[n] & 0xc0) == 0x80)
                n--;
            char cut[48];
            snprintf(cut, sizeof cut, "%.*s…", n, label);
            esc(out, cut);
        } else {
            esc(out, label);
        }
        fprintf(out, "</text>\n");
        double x = label_w;
        for (int k = 0; k < 4; k++) {
            if (!parts[k] || !g[i].attempts)
                continue;
            double w = plot_w * parts[k] / g[i].attempts;
            fprintf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.0f\" fill=\"%s\">"
                         "<title>%d %s of %d</title></rect>",
                    x, y, w, bar_h, colors[k], parts[k], names[k], g[i].attempts);
            if (w > 34)
                fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"middle\" "
                             "style=\"fill:%s\">%d</text>",
                        x + w / 2, y + bar_h / 2 + 4, k == 1 ? C_INK : "#fff", parts[k]);
            x += w;
        }
        char p[16];
        pct_text(p, g[i].reported, g[i].completed);
        fprintf(out, "<text x=\"%.0f\" y=\"%.1f\" font-size=\"16\" font-weight=\"700\" "
                     "text-anchor=\"end\" style=\"fill:" C_REPORTED "\">%s</text>\n",
                W - 4, y + bar_h / 2 + 6, p);
    }
    fprintf(out, "</svg>\n");
}

/* A "nice" axis maximum at or above v: v itself up to 5, then 1, 2 or 5 × 10^k. */
static int nice_max(int v)
{
    if (v <= 5)
        return v < 1 ? 1 : v;
    int p = 1;
    while (p * 10 < v)
        p *= 10;
    for (;; p *= 10) {
        if (p >= v)
            return p;
        if (2 * p >= v)
            return 2 * p;
        if (5 * p >= v)
            return 5 * p;
    }
}

static void chart_hooks(FILE *out, const uh_summary_group *all)
{
    const double W = 520, H = 300, left = 44, right = 12, top = 18, bottom = 52;
    double pw = W - left - right, ph = H - top - bottom;
    int maxv = 0;
    for (int i = 0; i < UH_SUMMARY_HOOK_BINS; i++)
        if (all->hook_hist[i] > maxv)
            maxv = all->hook_hist[i];
    int ymax = nice_max(maxv);
    fprintf(out, "<svg viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"Hook depth at report\">\n",
            W, H);
    int ticks = ymax <= 5 ? ymax : 5;
    for (int t = 0; t <= ticks; t++) {
        double v = (double)ymax * t / ticks, y = top + ph - ph * v / ymax;
        fprintf(out, "<line x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\" stroke=\"" C_GRID "\"/>"
                     "<text x=\"%.0f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"end\" fill=\"" C_MUTED
                     "\">%.0f</text>\n", left, y, W - right, y, left - 6, y + 4, v);
    }
    double slot = pw / UH_SUMMARY_HOOK_BINS, bw = slot * 0.62;
    for (int i = 0; i < UH_SUMMARY_HOOK_BINS; i++) {
        double h = ph * all->hook_hist[i] / ymax, x = left + slot * i + (slot - bw) / 2;
        /* Darker with depth: a late report is still a report, but costlier. */
        static const char *const shade[UH_SUMMARY_HOOK_BINS] = {"#2f8f6b", "#4f9a6a", "#8aa257",
                                                                "#c29a45", "#cf7640", "#c2453d"};
        fprintf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"3\" fill=\"%s\">"
                     "<title>%d report%s at depth %d%s</title></rect>",
                x, top + ph - h, bw, h, shade[i], all->hook_hist[i],
                all->hook_hist[i] == 1 ? "" : "s", i, i == UH_SUMMARY_HOOK_BINS - 1 ? " or more" : "");
        fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"13\" font-weight=\"600\" "
                     "text-anchor=\"middle\"%s>%d</text>", x + bw / 2, top + ph - h - 6,
                all->hook_hist[i] ? "" : " style=\"fill:" C_MUTED ";font-weight:400\"",
                all->hook_hist[i]);
        fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"13\" text-anchor=\"middle\">%d%s</text>\n",
                x + bw / 2, top + ph + 18, i, i == UH_SUMMARY_HOOK_BINS - 1 ? "+" : "");
    }
    fprintf(out, "<text x=\"%.1f\" y=\"%.0f\" font-size=\"12\" text-anchor=\"middle\" fill=\"" C_MUTED
                 "\">hook depth when the report was filed (0 = before taking any bait)</text>\n",
            left + pw / 2, H - 8);
    fprintf(out, "</svg>\n");
}

/* The trend in buckets of one day, or of a week (from Monday) when the
 * span is over two months, or four weeks beyond two years, with empty
 * buckets filled in so the time axis is even. */
typedef struct day_point {
    char day[11];  /* first day of the bucket */
    int attempts, completed, reported;
} day_point;

static day_point *day_series(const uh_summary *s, size_t *n, int *step_days)
{
    const int64_t DAY = 86400000;
    *n = 0;
    *step_days = 1;
    if (!s->ndays)
        return NULL;
    int64_t a, b;
    if (uh_time_parse(s->days[0].key, &a, NULL) || uh_time_parse(s->days[s->ndays - 1].key, &b, NULL))
        return NULL;
    int64_t span = (b - a) / DAY;
    if (span > 62) {
        *step_days = span > 730 ? 28 : 7;
        int64_t day = a / DAY;
        a = (day - (day + 3) % 7) * DAY;  /* back to Monday (1970-01-01 was a Thursday) */
    }
    int64_t step = *step_days * DAY;
    size_t count = (size_t)((b - a) / step) + 1;
    day_point *p = uh_xcalloc(count, sizeof *p);
    for (size_t i = 0; i < count; i++) {
        char t[32];
        uh_time_format(a + (int64_t)i * step, t);
        snprintf(p[i].day, sizeof p[i].day, "%.10s", t);
    }
    for (size_t j = 0; j < s->ndays; j++) {
        int64_t d;
        if (uh_time_parse(s->days[j].key, &d, NULL))
            continue;
        size_t i = (size_t)((d - a) / step);
        if (i >= count)
            continue;
        p[i].attempts += s->days[j].attempts;
        p[i].completed += s->days[j].completed;
        p[i].reported += s->days[j].reported;
    }
    *n = count;
    return p;
}

static void chart_trend(FILE *out, const uh_summary *s)
{
    const double W = 520, H = 300, left = 44, right = 46, top = 18, bottom = 52;
    double pw = W - left - right, ph = H - top - bottom;
    size_t n;
    int step_days;
    day_point *d = day_series(s, &n, &step_days);
    const char *per = step_days == 1 ? "day" : step_days == 7 ? "week" : "four weeks";
    int maxv = 0;
    for (size_t i = 0; i < n; i++)
        if (d[i].attempts > maxv)
            maxv = d[i].attempts;
    int ymax = nice_max(maxv);
    fprintf(out, "<svg viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"Trend by day\">\n", W, H);
    int ticks = ymax <= 5 ? ymax : 5;
    for (int t = 0; t <= ticks; t++) {
        double v = (double)ymax * t / ticks, y = top + ph - ph * v / ymax;
        fprintf(out, "<line x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\" stroke=\"" C_GRID "\"/>"
                     "<text x=\"%.0f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"end\" fill=\"" C_MUTED
                     "\">%.0f</text>\n", left, y, W - right, y, left - 6, y + 4, v);
    }
    for (int t = 0; t <= 4; t++) {
        double y = top + ph - ph * t / 4;
        fprintf(out, "<text x=\"%.0f\" y=\"%.1f\" font-size=\"12\" fill=\"" C_REPORTED
                     "\" style=\"fill:" C_REPORTED "\">%d%%</text>\n", W - right + 6, y + 4, t * 25);
    }
    double slot = n ? pw / n : pw, bw = slot * 0.7;
    if (bw > 40)
        bw = 40;
    for (size_t i = 0; i < n; i++) {
        double h = ph * d[i].attempts / ymax, x = left + slot * i + (slot - bw) / 2;
        if (d[i].attempts)
            fprintf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"2\" "
                         "fill=\"#c9d3de\"><title>%s: %d attempt%s</title></rect>\n",
                    x, top + ph - h, bw, h, d[i].day, d[i].attempts, d[i].attempts == 1 ? "" : "s");
    }
    /* Report rate line, broken over days without a completed attempt. */
    bool open = false;
    for (size_t i = 0; i < n; i++) {
        if (!d[i].completed) {
            if (open)
                fprintf(out, "\" fill=\"none\" stroke=\"" C_REPORTED "\" stroke-width=\"2.5\"/>\n");
            open = false;
            continue;
        }
        double x = left + slot * i + slot / 2;
        double y = top + ph - ph * uh_rate(d[i].reported, d[i].completed);
        fprintf(out, "%s%.1f,%.1f", open ? " " : "<polyline points=\"", x, y);
        open = true;
    }
    if (open)
        fprintf(out, "\" fill=\"none\" stroke=\"" C_REPORTED "\" stroke-width=\"2.5\"/>\n");
    for (size_t i = 0; i < n && n <= 45; i++) {  /* dots only while they fit */
        if (!d[i].completed)
            continue;
        double x = left + slot * i + slot / 2;
        double y = top + ph - ph * uh_rate(d[i].reported, d[i].completed);
        fprintf(out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#fff\" stroke=\"" C_REPORTED
                     "\" stroke-width=\"2\"><title>%s: %d of %d reported</title></circle>\n",
                x, y, d[i].day, d[i].reported, d[i].completed);
    }
    /* At most about six date labels. */
    size_t every = n > 6 ? (n + 5) / 6 : 1;
    for (size_t i = 0; i < n; i += every)
        fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"middle\" fill=\""
                     C_MUTED "\">%.*s</text>\n", left + slot * i + slot / 2, top + ph + 18,
                step_days > 7 ? 7 : 5, step_days > 7 ? d[i].day : d[i].day + 5);
    fprintf(out, "<text x=\"%.1f\" y=\"%.0f\" font-size=\"12\" text-anchor=\"middle\" fill=\"" C_MUTED
                 "\">attempts per %s (bars) and report rate (line), UTC</text>\n",
            left + pw / 2, H - 8, per);
    fprintf(out, "</svg>\n");
    free(d);
}

/* Report rate and pass rate of each cohort, as paired bars. */
static void chart_cohorts(FILE *out, const uh_summary_group *g, size_t n)
{
    const double W = 1000, label_w = 200, right_w = 20, bar_h = 13, pair_gap = 16, top = 26;
    double plot_w = W - label_w - right_w, H = top + n * (2 * bar_h + 3 + pair_gap) + 4;
    fprintf(out, "<svg viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"Cohorts\">\n", W, H);
    for (int t = 0; t <= 4; t++) {
        double x = label_w + plot_w * t / 4;
        fprintf(out, "<line x1=\"%.1f\" y1=\"%.0f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"" C_GRID "\"/>"
                     "<text x=\"%.1f\" y=\"%.0f\" font-size=\"12\" text-anchor=\"middle\" fill=\"" C_MUTED
                     "\">%d%%</text>\n", x, top - 6, x, H - 2, x, top - 12, t * 25);
    }
    for (size_t i = 0; i < n; i++) {
        double y = top + i * (2 * bar_h + 3 + pair_gap);
        fprintf(out, "<text x=\"%.0f\" y=\"%.1f\" font-size=\"14\" text-anchor=\"end\">", label_w - 12,
                y + bar_h + 6);
        esc(out, *g[i].key ? g[i].key : "(no cohort)");
        fprintf(out, "</text>\n");
        double rates[2] = {uh_rate(g[i].reported, g[i].completed), uh_rate(g[i].passed, g[i].completed)};
        const char *colors[2] = {C_REPORTED, C_ACCENT};
        const char *names[2] = {"reported", "passed"};
        for (int k = 0; k < 2; k++) {
            double yy = y + k * (bar_h + 3), w = plot_w * rates[k];
            fprintf(out, "<rect x=\"%.0f\" y=\"%.1f\" width=\"%.1f\" height=\"%.0f\" rx=\"2\" fill=\"%s\">"
                         "<title>%.0f%% %s</title></rect>", label_w, yy, w < 1 ? 1 : w, bar_h,
                    colors[k], 100 * rates[k], names[k]);
            fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11.5\" fill=\"" C_MUTED "\">%.0f%% %s</text>\n",
                    label_w + (w < 1 ? 1 : w) + 6, yy + bar_h - 2, 100 * rates[k], names[k]);
        }
    }
    fprintf(out, "</svg>\n");
}

/* =====================================================================
 * Tables
 * =================================================================== */

static void table_groups(FILE *out, const uh_summary_group *g, size_t n, const char *first,
                         bool cohort)
{
    fprintf(out, "<table><thead><tr><th>%s</th><th class=\"n\">Attempts</th><th class=\"n\">Finished</th>"
                 "<th class=\"n\">Reported</th><th class=\"n\">Missed</th><th class=\"n\">Hooked</th>"
                 "<th class=\"n\">Median hook at report</th><th class=\"n\">Passed</th>"
                 "<th class=\"n\">Mean score</th></tr></thead><tbody>\n", first);
    for (size_t i = 0; i < n; i++) {
        char c[16], r[16], m[16], h[16], p[16];
        pct_text(c, g[i].completed, g[i].attempts);
        pct_text(r, g[i].reported, g[i].completed);
        pct_text(m, g[i].missed, g[i].completed);
        pct_text(h, g[i].hooked, g[i].completed);
        pct_text(p, g[i].passed, g[i].completed);
        fprintf(out, "<tr><td>");
        if (cohort) {
            esc(out, *g[i].key ? g[i].key : "(no cohort)");
        } else {
            esc(out, g[i].label);
            if (strcmp(g[i].label, g[i].key) != 0) {
                fprintf(out, " <span class=\"id\">");
                esc(out, g[i].key);
                fprintf(out, "</span>");
            }
        }
        fprintf(out, "</td><td class=\"n\">%d</td><td class=\"n\">%s</td><td class=\"n\">%s</td>"
                     "<td class=\"n\">%s</td><td class=\"n\">%s</td>", g[i].attempts, c, r, m, h);
        if (g[i].median_hook >= 0)
            fprintf(out, "<td class=\"n\">%.1f</td>", g[i].median_hook);
        else
            fprintf(out, "<td class=\"n\">–</td>");
        fprintf(out, "<td class=\"n\">%s</td>", p);
        if (g[i].mean_score >= 0)
            fprintf(out, "<td class=\"n\">%.0f</td></tr>\n", g[i].mean_score);
        else
            fprintf(out, "<td class=\"n\">–</td></tr>\n");
    }
    fprintf(out, "</tbody></table>\n");
}

static void table_flags(FILE *out, const uh_summary *s)
{
    if (!s->nflags) {
        fprintf(out, "<p class=\"empty\">No red flag was missed: every flag shown was marked.</p>\n");
        return;
    }
    fprintf(out, "<table><thead><tr><th>Red flag</th><th>Scenario</th><th class=\"n\">Missed</th>"
                 "<th class=\"n\">Shown</th><th>Share missed</th></tr></thead><tbody>\n");
    for (size_t i = 0; i < s->nflags && i < 12; i++) {
        const uh_summary_flag *f = &s->flags[i];
        char p[16];
        pct_text(p, f->missed, f->shown);
        fprintf(out, "<tr><td>");
        esc(out, f->id);
        fprintf(out, "</td><td>");
        esc(out, f->scenario);
        fprintf(out, "</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td><div style=\"display:flex;"
                     "align-items:center;gap:8px\"><div class=\"bar\" style=\"flex:1\"><span style=\""
                     "width:%.0f%%\"></span></div><span style=\"width:38px;text-align:right\">%s</span>"
                     "</div></td></tr>\n", f->missed, f->shown, 100 * uh_rate(f->missed, f->shown), p);
    }
    fprintf(out, "</tbody></table>\n");
}

/* =====================================================================
 * The page
 * =================================================================== */

int uh_report_html(FILE *out, const uh_summary *s, const uh_html_options *o)
{
    const uh_summary_group *all = &s->all;
    fprintf(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    fprintf(out, "Unhooked results report");
    if (o && o->organisation) {
        fprintf(out, " — ");
        esc(out, o->organisation);
    }
    fprintf(out, "</title>\n<style>%s</style>\n</head>\n<body>\n<main>\n<header>\n", css);
    fprintf(out, "<div class=\"kicker\">Unhooked · counterintelligence awareness</div>\n<h1>");
    if (o && o->organisation) {
        esc(out, o->organisation);
        fprintf(out, ": how trainees respond to an approach</h1>\n<p>");
    } else {
        fprintf(out, "How trainees respond to an approach</h1>\n<p>");
    }
    fprintf(out, "%d attempt%s", all->attempts, all->attempts == 1 ? "" : "s");
    if (s->first)
        fprintf(out, " from %.10s to %.10s", s->first, s->last);
    if (s->cohort) {
        fprintf(out, " · cohort <b>");
        esc(out, s->cohort);
        fprintf(out, "</b>");
    }
    if (s->since) {
        fprintf(out, " · since ");
        esc(out, s->since);
    }
    if (o && o->generated) {
        fprintf(out, " · generated ");
        esc(out, o->generated);
    }
    fprintf(out, "</p>\n</header>\n");

    if (!all->attempts) {
        fprintf(out, "<div class=\"card\"><p class=\"empty\">No attempts are recorded%s yet.</p></div>\n",
                s->cohort || s->since ? " for this selection" : "");
        fprintf(out, "</main>\n</body>\n</html>\n");
        return fflush(out) == 0 && !ferror(out) ? 0 : -1;
    }

    char v[32], a[16];
    fprintf(out, "<section class=\"kpis\">\n");
    snprintf(v, sizeof v, "%d", all->attempts);
    kpi(out, "", v, "attempts");
    pct_text(a, all->completed, all->attempts);
    kpi(out, "", a, "finished");
    pct_text(a, all->reported, all->completed);
    kpi(out, "good", a, "reported the approach");
    pct_text(a, all->missed, all->completed);
    kpi(out, "warn", a, "missed: safe, not reported");
    pct_text(a, all->hooked, all->completed);
    kpi(out, "bad", a, "hooked, not reported");
    if (all->median_hook >= 0)
        snprintf(v, sizeof v, "%.1f", all->median_hook);
    else
        snprintf(v, sizeof v, "–");
    kpi(out, "", v, "median hook depth at report");
    pct_text(a, all->passed, all->completed);
    kpi(out, "", a, "passed");
    fprintf(out, "</section>\n");

    fprintf(out, "<section class=\"card\">\n<h2>Outcome by scenario</h2>\n<p class=\"sub\">Share of "
                 "attempts that reported the approach, stayed safe without reporting it, or were "
                 "hooked. The figure on the right is the report rate of finished attempts.</p>\n");
    fprintf(out, "<div class=\"wide\">\n");
    chart_outcomes(out, s->scenarios, s->nscenarios, false);
    fprintf(out, "</div>\n");
    legend(out);
    fprintf(out, "</section>\n");

    fprintf(out, "<div class=\"row\">\n<section class=\"card\">\n<h2>How deep the hook was at the "
                 "report</h2>\n<p class=\"sub\">Reports filed at each hook depth. Earlier is better; "
                 "late reports still count.</p>\n");
    chart_hooks(out, all);
    fprintf(out, "</section>\n<section class=\"card\">\n<h2>Trend over time</h2>\n<p class=\"sub\">"
                 "Attempts over time and the share of finished attempts that reported.</p>\n");
    chart_trend(out, s);
    fprintf(out, "</section>\n</div>\n");

    fprintf(out, "<section class=\"card\">\n<h2>By cohort</h2>\n<p class=\"sub\">Report rate and pass "
                 "rate of finished attempts in each cohort.</p>\n");
    fprintf(out, "<div class=\"wide\">\n");
    chart_cohorts(out, s->cohorts, s->ncohorts);
    fprintf(out, "</div>\n");
    table_groups(out, s->cohorts, s->ncohorts, "Cohort", true);
    fprintf(out, "</section>\n");

    fprintf(out, "<section class=\"card\">\n<h2>Scenarios in detail</h2>\n");
    table_groups(out, s->scenarios, s->nscenarios, "Scenario", false);
    fprintf(out, "</section>\n");

    fprintf(out, "<section class=\"card\">\n<h2>Red flags most often missed</h2>\n<p class=\"sub\">"
                 "Warning signs trainees saw but did not mark; the best material for the next "
                 "briefing.</p>\n");
    table_flags(out, s);
    fprintf(out, "</section>\n");

    fprintf(out,
            "<footer><dl>"
            "<dt>Reported</dt><dd>The trainee filed a report to someone, at any point.</dd>"
            "<dt>Missed</dt><dd>The attempt ended safely (for example the trainee walked away) but "
            "nobody was told, so security never learned of the approach.</dd>"
            "<dt>Hooked</dt><dd>The attempt ended without a report in an ending that is neither a "
            "report nor a walk-away (hooked, compromised).</dd>"
            "<dt>Rates</dt><dd>Reported, missed, hooked and passed are shares of finished attempts; "
            "finished is a share of all attempts. Hook depth counts the baits taken before the "
            "report.</dd></dl></footer>\n");
    fprintf(out, "</main>\n</body>\n</html>\n");
    return fflush(out) == 0 && !ferror(out) ? 0 : -1;
}
