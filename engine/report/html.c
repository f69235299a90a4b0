/* SPDX-License-Identifier: Apache-2.0 */
/* html.c — the HTML report (see html.h). Everything is drawn with fixed
 * geometry in SVG user units and scaled by the browser (viewBox), so the
 * page looks the same on a laptop, a projector and paper. */
#include "html.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/i18n.h"
#include "../core/util.h"

/* Outcome colours: colour-blind-safe enough to tell apart in greyscale too
 * (the order light-to-dark is missed, incomplete, reported, hooked). */
#define C_REPORTED "#2f8f6b"
#define C_REPORTED_ELSE "#8fc9b0" /* reported, but not to security */
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

static const char *pct_sign(void);

static void pct_text(char out[16], int part, int whole)
{
    if (whole > 0)
        snprintf(out, 16, "%.0f%s", 100.0 * uh_rate(part, whole), pct_sign());
    else
        snprintf(out, 16, "–");
}

/* Whether the page is in English (its figures then keep the forms the
 * report always had: "75%", "2026-11-30"). */
static bool english(void)
{
    return strcmp(uh_i18n_language()->code, "en") == 0;
}

/* The percent sign after a figure: "75%" / "75 %" (a no-break space). */
static const char *pct_sign(void)
{
    return english() ? "%" : "\u00a0%";
}

/* The day of an ISO 8601 time: "2026-11-30" in English, "30.11.2026" in
 * German. */
static const char *day_text(const char *iso, char out[32])
{
    char day[11];
    snprintf(day, sizeof day, "%.10s", iso);
    if (english())
        return snprintf(out, 32, "%s", day), out;
    return uh_i18n_date(day, false, out, 32);
}

/* A number with one decimal: "1.5" / "1,5". */
static const char *decimal1(double v, char out[16])
{
    return uh_i18n_decimal(v, 1, out, 16);
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
    "h2{font-size:17px;margin:0 0 2px;break-after:avoid}"
    ".sub{color:" C_MUTED ";font-size:13px;margin:0 0 12px}"
    ".headline{display:grid;grid-template-columns:minmax(0,1.3fr) minmax(0,2fr);gap:12px;"
    "margin-bottom:12px}"
    ".kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(116px,1fr));gap:12px;"
    "margin-bottom:20px}"
    ".kpi{background:#fff;border-radius:8px;padding:12px 14px;box-shadow:0 1px 2px rgba(0,0,0,.06);"
    "border-top:4px solid " C_ACCENT ";min-width:0;break-inside:avoid}"
    ".kpi .v{font-size:26px;font-weight:700;line-height:1.2}"
    ".kpi .l{color:" C_MUTED ";font-size:12.5px}"
    ".kpi .d{font-size:12.5px;margin-top:2px}"
    ".kpi.main .v{font-size:40px;color:" C_REPORTED "}"
    ".kpi.main .l{font-size:14px;color:" C_INK ";font-weight:600}"
    ".kpi.good{border-color:" C_REPORTED "}.kpi.warn{border-color:" C_MISSED "}"
    ".kpi.bad{border-color:" C_HOOKED "}"
    ".to{background:#fff;border-radius:8px;padding:12px 14px;box-shadow:0 1px 2px rgba(0,0,0,.06);"
    "border-top:4px solid " C_REPORTED_ELSE ";min-width:0;break-inside:avoid}"
    ".to h3{font-size:13px;margin:0 0 6px;color:" C_MUTED ";font-weight:600}"
    ".to ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:6px 22px}"
    ".to li{font-size:14px}.to li b{font-size:20px;margin-right:4px}"
    ".to li.sec b{color:" C_REPORTED "}"
    ".up{color:" C_REPORTED "}.down{color:" C_HOOKED "}.same{color:" C_MUTED "}"
    ".card{background:#fff;border-radius:8px;padding:18px 20px;margin-bottom:18px;"
    "box-shadow:0 1px 2px rgba(0,0,0,.06);min-width:0}"
    ".card.keep{break-inside:avoid}"
    ".row{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:18px}"
    ".row .card{margin-bottom:0}.row{margin-bottom:18px}"
    "@media screen and (max-width:820px){.row,.headline{grid-template-columns:minmax(0,1fr)}"
    "main{padding:20px 14px 32px}}"
    "svg{display:block;width:100%;height:auto}"
    ".row svg{max-width:600px;margin:0 auto}"
    ".scroll{overflow-x:auto;max-width:100%}"
    "svg text{font-family:inherit;fill:" C_INK "}"
    ".legend{display:flex;flex-wrap:wrap;gap:6px 14px;font-size:13px;color:" C_MUTED ";margin:6px 0 0}"
    ".legend i{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:5px;"
    "vertical-align:-1px}"
    "table{width:100%;border-collapse:collapse;font-size:13.5px;margin-top:8px}"
    "thead{display:table-header-group}tr{break-inside:avoid}"
    "th{text-align:left;font-weight:600;color:" C_MUTED ";border-bottom:1px solid " C_GRID
    ";padding:6px 8px;vertical-align:bottom}"
    "td{border-bottom:1px solid " C_GRID ";padding:6px 8px;overflow-wrap:anywhere}"
    "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}td.n{white-space:nowrap}"
    "td .id{color:" C_MUTED ";font-size:12px}"
    ".bar{height:8px;background:" C_GRID ";border-radius:4px;min-width:40px}"
    ".bar span{display:block;height:8px;border-radius:4px;background:" C_HOOKED "}"
    ".bar.cover span{background:" C_REPORTED "}"
    ".share{display:flex;align-items:center;gap:8px}.share .bar{flex:1}"
    ".share b{width:38px;text-align:right;font-weight:400}"
    ".people{columns:2 260px;column-gap:28px;font-size:13px;margin:8px 0 0;padding:0;list-style:none}"
    ".people li{break-inside:avoid;padding:2px 0;border-bottom:1px solid " C_GRID "}"
    ".people h3{font-size:13px;margin:10px 0 2px;break-after:avoid}"
    ".people li span{color:" C_MUTED "}"
    ".empty{color:" C_MUTED ";font-style:italic;padding:18px 0}"
    ".note{color:" C_MUTED ";font-size:12.5px;margin:8px 0 0}"
    "code{font-size:12.5px;background:#eef1f4;padding:1px 4px;border-radius:3px}"
    "footer{color:" C_MUTED ";font-size:12.5px;margin-top:26px}"
    "footer dt{font-weight:600;color:" C_INK "}footer dd{margin:0 0 6px}"
    /* Paper (A4 or Letter, whichever the printer has): the screen layout
     * at a smaller scale, two charts side by side, no scrolling boxes,
     * long tables broken between rows with their heads repeated. */
    "@page{margin:12mm 11mm}"
    "@media print{"
    "body{background:#fff;font-size:10pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}"
    "main{max-width:none;padding:0}"
    "header{padding-bottom:8px;margin-bottom:12px}h1{font-size:18pt}"
    ".card,.kpi,.to{box-shadow:none;border:1px solid " C_GRID "}"
    ".card{padding:10px 12px;margin-bottom:10px}"
    ".kpis{grid-template-columns:repeat(4,minmax(0,1fr));gap:8px;margin-bottom:10px}"
    ".headline{gap:8px;margin-bottom:8px}"
    ".kpi{padding:8px 10px}.kpi .v{font-size:17pt}.kpi.main .v{font-size:24pt}"
    ".row{gap:10px;margin-bottom:10px}.row svg{max-width:none}"
    ".scroll{overflow:visible}"
    "table{font-size:8.5pt;margin-top:4px}th,td{padding:3px 5px}"
    ".sub{margin-bottom:6px}footer{margin-top:10px;font-size:8.5pt}"
    ".people{columns:3;font-size:8.5pt}"
    "}";

static void legend(FILE *out)
{
    fprintf(out,
            "<div class=\"legend\"><span><i style=\"background:" C_REPORTED "\"></i>%s</span>"
            "<span><i style=\"background:" C_REPORTED_ELSE "\"></i>%s</span>"
            "<span><i style=\"background:" C_MISSED "\"></i>%s</span>"
            "<span><i style=\"background:" C_HOOKED "\"></i>%s</span>"
            "<span><i style=\"background:" C_INCOMPLETE "\"></i>%s</span></div>\n",
            _("Reported to security"), _("Reported to someone else"),
            _("Missed (safe, not reported)"), _("Hooked"), _("Not finished"));
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
    fprintf(out, "<svg viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"%s\">\n", W, H,
            cohort ? _("Outcome by cohort") : _("Outcome by scenario"));
    for (int t = 0; t <= 4; t++) {
        double x = label_w + plot_w * t / 4;
        fprintf(out, "<line x1=\"%.1f\" y1=\"%.0f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"" C_GRID "\"/>",
                x, top - 6, x, H - 4);
        fprintf(out, "<text x=\"%.1f\" y=\"%.0f\" font-size=\"12\" text-anchor=\"middle\" "
                     "fill=\"" C_MUTED "\">%d%s</text>\n", x, top - 12, t * 25, pct_sign());
    }
    fprintf(out, "<text x=\"%.0f\" y=\"%.0f\" font-size=\"12\" text-anchor=\"end\" fill=\"" C_MUTED
                 "\">%s</text>\n", W - 4, top - 12, _("to security"));
    for (size_t i = 0; i < n; i++) {
        double y = top + i * (bar_h + gap);
        int parts[5] = {g[i].reported_security, g[i].reported - g[i].reported_security, g[i].missed,
                        g[i].hooked, g[i].attempts - g[i].completed};
        const char *colors[5] = {C_REPORTED, C_REPORTED_ELSE, C_MISSED, C_HOOKED, C_INCOMPLETE};
        const char *names[5] = {_("reported to security"), _("reported to someone else"),
                                _("missed"), _("hooked"), _("not finished")};
        fprintf(out, "<text x=\"%.0f\" y=\"%.1f\" font-size=\"14\" text-anchor=\"end\">",
                label_w - 12, y + bar_h / 2 + 5);
        const char *label = cohort && !*g[i].key ? _("(no cohort)") : g[i].label;
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
        for (int k = 0; k < 5; k++) {
            if (!parts[k] || !g[i].attempts)
                continue;
            double w = plot_w * parts[k] / g[i].attempts;
            fprintf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.0f\" fill=\"%s\">"
                         "<title>",
                    x, y, w, bar_h, colors[k]);
            /* TRANSLATORS: a bar's tooltip: "3 missed of 12". */
            fprintf(out, _("%d %s of %d"), parts[k], names[k], g[i].attempts);
            fprintf(out, "</title></rect>");
            if (w > 34)
                fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"middle\" "
                             "style=\"fill:%s\">%d</text>",
                        x + w / 2, y + bar_h / 2 + 4, k == 1 || k == 2 ? C_INK : "#fff", parts[k]);
            x += w;
        }
        char p[16];
        pct_text(p, g[i].reported_security, g[i].completed);
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
    fprintf(out, "<svg viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"%s\">\n",
            W, H, _("Hook depth at report"));
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
                     "<title>",
                x, top + ph - h, bw, h, shade[i]);
        if (i == UH_SUMMARY_HOOK_BINS - 1)
            fprintf(out, ngettext("%d report at depth %d or more", "%d reports at depth %d or more",
                                  (unsigned long)all->hook_hist[i]), all->hook_hist[i], i);
        else
            fprintf(out, ngettext("%d report at depth %d", "%d reports at depth %d",
                                  (unsigned long)all->hook_hist[i]), all->hook_hist[i], i);
        fprintf(out, "</title></rect>");
        fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"13\" font-weight=\"600\" "
                     "text-anchor=\"middle\"%s>%d</text>", x + bw / 2, top + ph - h - 6,
                all->hook_hist[i] ? "" : " style=\"fill:" C_MUTED ";font-weight:400\"",
                all->hook_hist[i]);
        fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"13\" text-anchor=\"middle\">%d%s</text>\n",
                x + bw / 2, top + ph + 18, i, i == UH_SUMMARY_HOOK_BINS - 1 ? "+" : "");
    }
    fprintf(out, "<text x=\"%.1f\" y=\"%.0f\" font-size=\"12\" text-anchor=\"middle\" fill=\"" C_MUTED
                 "\">%s</text>\n",
            left + pw / 2, H - 8, _("hook depth when the report was filed (0 = before taking any bait)"));
    fprintf(out, "</svg>\n");
}

/* The trend in buckets of one day, or of a week (from Monday) when the
 * span is over two months, or four weeks beyond two years, with empty
 * buckets filled in so the time axis is even. */
typedef struct day_point {
    char day[11];  /* first day of the bucket */
    int attempts, completed, reported;  /* reported: to security */
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
        p[i].reported += s->days[j].reported_security;
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
    const char *per = step_days == 1    ? _("attempts per day (bars), reported to security (line), UTC")
                      : step_days == 7 ? _("attempts per week (bars), reported to security (line), UTC")
                                       : _("attempts per four weeks (bars), reported to security (line), UTC");
    int maxv = 0;
    for (size_t i = 0; i < n; i++)
        if (d[i].attempts > maxv)
            maxv = d[i].attempts;
    int ymax = nice_max(maxv);
    fprintf(out, "<svg viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"%s\">\n", W, H, _("Trend by day"));
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
                     "\" style=\"fill:" C_REPORTED "\">%d%s</text>\n", W - right + 6, y + 4, t * 25, pct_sign());
    }
    double slot = n ? pw / n : pw, bw = slot * 0.7;
    if (bw > 40)
        bw = 40;
    for (size_t i = 0; i < n; i++) {
        double h = ph * d[i].attempts / ymax, x = left + slot * i + (slot - bw) / 2;
        if (d[i].attempts) {
            char day[32];
            fprintf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"2\" "
                         "fill=\"#c9d3de\"><title>", x, top + ph - h, bw, h);
            fprintf(out, ngettext("%s: %d attempt", "%s: %d attempts", (unsigned long)d[i].attempts),
                    day_text(d[i].day, day), d[i].attempts);
            fprintf(out, "</title></rect>\n");
        }
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
                     "\" stroke-width=\"2\"><title>", x, y);
        char day[32];
        fprintf(out, _("%s: %d of %d reported to security"), day_text(d[i].day, day),
                d[i].reported, d[i].completed);
        fprintf(out, "</title></circle>\n");
    }
    /* At most about six date labels. */
    size_t every = n > 6 ? (n + 5) / 6 : 1;
    for (size_t i = 0; i < n; i += every) {
        /* "11-30" or "2026-11"; in German "30.11." or "11.2026". */
        char label[16];
        if (english())
            snprintf(label, sizeof label, "%.*s", step_days > 7 ? 7 : 5,
                     step_days > 7 ? d[i].day : d[i].day + 5);
        else if (step_days > 7)
            snprintf(label, sizeof label, "%.2s.%.4s", d[i].day + 5, d[i].day);
        else
            snprintf(label, sizeof label, "%.2s.%.2s.", d[i].day + 8, d[i].day + 5);
        fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"middle\" fill=\""
                     C_MUTED "\">%s</text>\n", left + slot * i + slot / 2, top + ph + 18, label);
    }
    fprintf(out, "<text x=\"%.1f\" y=\"%.0f\" font-size=\"12\" text-anchor=\"middle\" fill=\"" C_MUTED
                 "\">%s</text>\n",
            left + pw / 2, H - 8, per);
    fprintf(out, "</svg>\n");
    free(d);
}

/* Security report rate and pass rate of each cohort (or department), as
 * paired bars; the figures sit in a column of their own on the right, so
 * "100 %" is never cut off by the edge. */
static void chart_cohorts(FILE *out, const uh_summary_group *g, size_t n, const char *none)
{
    const double W = 1000, label_w = 200, right_w = 170, bar_h = 13, pair_gap = 16, top = 26;
    double plot_w = W - label_w - right_w, H = top + n * (2 * bar_h + 3 + pair_gap) + 4;
    fprintf(out, "<svg viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"%s\">\n",
            W, H, _("Report and pass rates"));
    for (int t = 0; t <= 4; t++) {
        double x = label_w + plot_w * t / 4;
        fprintf(out, "<line x1=\"%.1f\" y1=\"%.0f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"" C_GRID "\"/>"
                     "<text x=\"%.1f\" y=\"%.0f\" font-size=\"12\" text-anchor=\"middle\" fill=\"" C_MUTED
                     "\">%d%s</text>\n", x, top - 6, x, H - 2, x, top - 12, t * 25, pct_sign());
    }
    for (size_t i = 0; i < n; i++) {
        double y = top + i * (2 * bar_h + 3 + pair_gap);
        fprintf(out, "<text x=\"%.0f\" y=\"%.1f\" font-size=\"14\" text-anchor=\"end\">", label_w - 12,
                y + bar_h + 6);
        const char *name = *g[i].key ? g[i].key : none;
        if (strlen(name) > 26) {
            int k = 24;
            while (k > 0 && ((unsigned char)name[k] & 0xc0) == 0x80)
                k--;
            char cut[40];
            snprintf(cut, sizeof cut, "%.*s…", k, name);
            esc(out, cut);
        } else {
            esc(out, name);
        }
        fprintf(out, "</text>\n");
        double rates[2] = {uh_rate(g[i].reported_security, g[i].completed),
                           uh_rate(g[i].passed, g[i].completed)};
        const char *colors[2] = {C_REPORTED, C_ACCENT};
        const char *names[2] = {_("reported to security"), _("passed")};
        for (int k = 0; k < 2; k++) {
            double yy = y + k * (bar_h + 3), w = plot_w * rates[k];
            fprintf(out, "<rect x=\"%.0f\" y=\"%.1f\" width=\"%.1f\" height=\"%.0f\" rx=\"2\" fill=\"%s\">"
                         "<title>%.0f%s %s</title></rect>", label_w, yy, w < 1 ? 1 : w, bar_h,
                    colors[k], 100 * rates[k], pct_sign(), names[k]);
            fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" fill=\"" C_MUTED "\">"
                         "<tspan font-weight=\"700\" style=\"fill:%s\">%.0f%s</tspan> %s</text>\n",
                    W - right_w + 10, yy + bar_h - 2, colors[k], 100 * rates[k], pct_sign(),
                    k == 0 ? _("to security") : _("passed"));
        }
    }
    fprintf(out, "</svg>\n");
}

/* =====================================================================
 * Tables
 * =================================================================== */

static void table_groups(FILE *out, const uh_summary_group *g, size_t n, const char *first,
                         const char *none, bool titled)
{
    fprintf(out, "<div class=\"scroll\"><table><thead><tr><th>%s</th><th class=\"n\">%s</th>"
                 "<th class=\"n\">%s</th><th class=\"n\">%s</th>"
                 "<th class=\"n\">%s</th><th class=\"n\">%s</th>"
                 "<th class=\"n\">%s</th><th class=\"n\">%s</th>"
                 "<th class=\"n\">%s</th><th class=\"n\">%s</th></tr></thead><tbody>\n",
            first, _("Attempts"), _("Finished"), _("Reported to security"), _("Reported to anyone"),
            _("Missed"), _("Hooked"), _("Median hook at report"), _("Passed"), _("Mean score"));
    for (size_t i = 0; i < n; i++) {
        char c[16], sec[16], r[16], m[16], h[16], p[16];
        pct_text(c, g[i].completed, g[i].attempts);
        pct_text(sec, g[i].reported_security, g[i].completed);
        pct_text(r, g[i].reported, g[i].completed);
        pct_text(m, g[i].missed, g[i].completed);
        pct_text(h, g[i].hooked, g[i].completed);
        pct_text(p, g[i].passed, g[i].completed);
        fprintf(out, "<tr><td>");
        if (!titled) {
            esc(out, *g[i].key ? g[i].key : none);
        } else {
            esc(out, g[i].label);
            if (strcmp(g[i].label, g[i].key) != 0) {
                fprintf(out, " <span class=\"id\">");
                esc(out, g[i].key);
                fprintf(out, "</span>");
            }
        }
        fprintf(out, "</td><td class=\"n\">%d</td><td class=\"n\">%s</td><td class=\"n\"><b>%s</b>"
                     "</td><td class=\"n\">%s</td><td class=\"n\">%s</td><td class=\"n\">%s</td>",
                g[i].attempts, c, sec, r, m, h);
        if (g[i].median_hook >= 0)
        {
            char med[16];
            fprintf(out, "<td class=\"n\">%s</td>", decimal1(g[i].median_hook, med));
        }
        else
            fprintf(out, "<td class=\"n\">–</td>");
        fprintf(out, "<td class=\"n\">%s</td>", p);
        if (g[i].mean_score >= 0)
            fprintf(out, "<td class=\"n\">%.0f</td></tr>\n", g[i].mean_score);
        else
            fprintf(out, "<td class=\"n\">–</td></tr>\n");
    }
    fprintf(out, "</tbody></table></div>\n");
}

static const char *scenario_title(const uh_summary *s, const char *id)
{
    for (size_t i = 0; i < s->nscenarios; i++)
        if (strcmp(s->scenarios[i].key, id) == 0)
            return s->scenarios[i].label;
    return id;
}

static void share_cell(FILE *out, int part, int whole, bool cover)
{
    char p[16];
    pct_text(p, part, whole);
    fprintf(out, "<td><div class=\"share\"><div class=\"bar%s\"><span style=\"width:%.0f%%\">"
                 "</span></div><b>%s</b></div></td>", cover ? " cover" : "",
            100 * uh_rate(part, whole), p);
}

static void table_flags(FILE *out, const uh_summary *s)
{
    if (!s->nflags) {
        fprintf(out, "<p class=\"empty\">%s</p>\n",
                _("No red flag was missed: every flag shown was marked."));
        return;
    }
    fprintf(out, "<div class=\"scroll\"><table><thead><tr><th>%s</th><th>%s</th>"
                 "<th class=\"n\">%s</th><th class=\"n\">%s</th><th style=\"width:22%%\">"
                 "%s</th></tr></thead><tbody>\n", _("Red flag"), _("Scenario"), _("Missed"),
            _("Shown"), _("Share missed"));
    for (size_t i = 0; i < s->nflags && i < 12; i++) {
        const uh_summary_flag *f = &s->flags[i];
        fprintf(out, "<tr><td>");
        esc(out, uh_summary_flag_label(f));
        fprintf(out, "</td><td>");
        esc(out, scenario_title(s, f->scenario));
        fprintf(out, "</td><td class=\"n\">%d</td><td class=\"n\">%d</td>", f->missed, f->shown);
        share_cell(out, f->missed, f->shown, false);
        fprintf(out, "</tr>\n");
    }
    fprintf(out, "</tbody></table></div>\n");
}

/* =====================================================================
 * The headline, the change, the directory
 * =================================================================== */

static void recipient_label(FILE *out, const char *id, const uh_html_options *o)
{
    const char *label = NULL;
    for (size_t i = 0; o && i < o->nrecipients; i++)
        if (o->recipient_ids[i] && strcmp(o->recipient_ids[i], id) == 0)
            label = o->recipient_labels[i];
    if (label)
        esc(out, label);
    else if (*id)
        esc(out, id);
    else
        fputs(_("no recipient chosen"), out);
}

/* A change between two rates in points, with an arrow, green when it is
 * for the better (down, for the rates where lower is better); a note when
 * either period has no finished attempt. */
static void change_sense(FILE *out, int a, int aw, int b, int bw, bool lower_is_better)
{
    if (aw <= 0 || bw <= 0) {
        fprintf(out, "<span class=\"same\">%s</span>", _("no earlier figure"));
        return;
    }
    double d = 100.0 * (uh_rate(a, aw) - uh_rate(b, bw));
    long r = lround(d);
    bool better = lower_is_better ? r < 0 : r > 0;
    if (r == 0)
        fprintf(out, "<span class=\"same\">%s</span>", _("= 0 pts"));
    else {
        fprintf(out, "<span class=\"%s\">%s ", better ? "up" : "down", r > 0 ? "▲" : "▼");
        /* TRANSLATORS: a change in percentage points, short: "+6 pts". */
        fprintf(out, ngettext("%+ld pt", "%+ld pts", (unsigned long)labs(r)), r);
        fprintf(out, "</span>");
    }
}

static void change(FILE *out, int a, int aw, int b, int bw)
{
    change_sense(out, a, aw, b, bw, false);
}

static void headline(FILE *out, const uh_summary *s, const uh_html_options *o)
{
    const uh_summary_group *all = &s->all;
    char a[16];
    pct_text(a, all->reported_security, all->completed);
    fprintf(out, "<section class=\"headline\">\n<div class=\"kpi main good\"><div class=\"v\">%s"
                 "</div><div class=\"l\">%s</div><div class=\"d\">",
            a, _("reported the approach to security"));
    /* TRANSLATORS: reports to security among finished attempts; the plural
       follows the second number (the finished attempts) */
    fprintf(out, ngettext("%d of %d finished attempt", "%d of %d finished attempts",
                          (unsigned long)all->completed), all->reported_security, all->completed);
    if (s->has_previous) {
        fprintf(out, " · ");
        change(out, all->reported_security, all->completed, s->previous.reported_security,
               s->previous.completed);
        fprintf(out, " %s", _("since the period before"));
    }
    fprintf(out, "</div></div>\n<div class=\"to\"><h3>");
    pct_text(a, all->reported, all->completed);
    fprintf(out, ngettext("Every report, by recipient (%d report, %s of finished attempts)",
                          "Every report, by recipient (%d reports, %s of finished attempts)",
                          (unsigned long)all->reported), all->reported, a);
    fprintf(out, "</h3><ul>");
    for (size_t i = 0; i < s->nrecipients; i++) {
        /* TRANSLATORS: before a recipient of reports: "<b>3</b>to Corporate Security". */
        fprintf(out, "<li%s><b>%d</b>%s ", s->recipients[i].security ? " class=\"sec\"" : "",
                s->recipients[i].reports, _("to"));
        recipient_label(out, s->recipients[i].id, o);
        fprintf(out, "</li>");
    }
    if (!s->nrecipients)
        fprintf(out, "<li>%s</li>", _("no report was filed"));
    fprintf(out, "</ul><p class=\"note\">%s</p></div>\n</section>\n",
            _("Only a report to security starts an investigation; a manager or the helpdesk may "
              "not pass it on."));
}

static void kpi_change(FILE *out, const char *cls, const char *value, const char *label,
                       const uh_summary *s, int part, int whole, int ppart, int pwhole)
{
    /* Missed and hooked: the fewer the better. */
    bool lower = strcmp(cls, "warn") == 0 || strcmp(cls, "bad") == 0;
    fprintf(out, "<div class=\"kpi %s\"><div class=\"v\">%s</div><div class=\"l\">%s</div>", cls,
            value, label);
    if (s->has_previous && whole >= 0) {
        fprintf(out, "<div class=\"d\">");
        change_sense(out, part, whole, ppart, pwhole, lower);
        fprintf(out, "</div>");
    }
    fprintf(out, "</div>\n");
}

static void kpis(FILE *out, const uh_summary *s)
{
    const uh_summary_group *all = &s->all, *p = &s->previous;
    char v[32], a[16];
    fprintf(out, "<section class=\"kpis\">\n");
    snprintf(v, sizeof v, "%d", all->attempts);
    kpi_change(out, "", v, _("attempts"), s, 0, -1, 0, 0);
    pct_text(a, all->completed, all->attempts);
    kpi_change(out, "", a, _("finished"), s, all->completed, all->attempts, p->completed, p->attempts);
    pct_text(a, all->reported, all->completed);
    kpi_change(out, "good", a, _("reported to anyone"), s, all->reported, all->completed, p->reported,
               p->completed);
    pct_text(a, all->missed, all->completed);
    kpi_change(out, "warn", a, _("missed: safe, not reported"), s, all->missed, all->completed,
               p->missed, p->completed);
    pct_text(a, all->hooked, all->completed);
    kpi_change(out, "bad", a, _("hooked, not reported"), s, all->hooked, all->completed, p->hooked,
               p->completed);
    if (all->median_hook >= 0)
        decimal1(all->median_hook, v);
    else
        snprintf(v, sizeof v, "–");
    kpi_change(out, "", v, _("median hook depth at report"), s, 0, -1, 0, 0);
    pct_text(a, all->passed, all->completed);
    kpi_change(out, "", a, _("passed"), s, all->passed, all->completed, p->passed, p->completed);
    if (s->directory_size) {
        snprintf(v, sizeof v, "%d", s->not_trained);
        kpi_change(out, s->not_trained ? "warn" : "good", v, _("in the directory, not trained yet"), s,
                   0, -1, 0, 0);
    }
    fprintf(out, "</section>\n");
}

static void previous_card(FILE *out, const uh_summary *s)
{
    if (!s->has_previous)
        return;
    const uh_summary_group *a = &s->all, *p = &s->previous;
    char t1[32], t2[32];
    fprintf(out, "<section class=\"card keep\">\n<h2>%s</h2>\n<p class=\"sub\">",
            _("Change since the period before"));
    fprintf(out, _("This period against the one of equal length before it (%s to %s)."),
            day_text(s->previous_since, t1), day_text(s->previous_before, t2));
    fprintf(out, "</p>\n<div class=\"scroll\"><table><thead><tr><th></th><th class=\"n\">%s</th>"
                 "<th class=\"n\">%s</th><th class=\"n\">%s</th></tr></thead><tbody>\n",
            _("Before"), _("Now"), _("Change"));
    struct { const char *name; int a, aw, b, bw; bool lower; } rows[] = {
        {_("Reported to security"), a->reported_security, a->completed, p->reported_security,
         p->completed, false},
        {_("Reported to anyone"), a->reported, a->completed, p->reported, p->completed, false},
        {_("Missed: safe, not reported"), a->missed, a->completed, p->missed, p->completed, true},
        {_("Hooked"), a->hooked, a->completed, p->hooked, p->completed, true},
        {_("Passed"), a->passed, a->completed, p->passed, p->completed, false},
        {_("Finished"), a->completed, a->attempts, p->completed, p->attempts, false},
    };
    fprintf(out, "<tr><td>%s</td><td class=\"n\">%d</td><td class=\"n\">%d</td>"
                 "<td class=\"n\">%+d</td></tr>\n", _("Attempts"), p->attempts, a->attempts,
            a->attempts - p->attempts);
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
        char x[16], y[16];
        pct_text(x, rows[i].b, rows[i].bw);
        pct_text(y, rows[i].a, rows[i].aw);
        fprintf(out, "<tr><td>%s</td><td class=\"n\">%s</td><td class=\"n\">%s</td>"
                     "<td class=\"n\">", rows[i].name, x, y);
        change_sense(out, rows[i].a, rows[i].aw, rows[i].b, rows[i].bw, rows[i].lower);
        fprintf(out, "</td></tr>\n");
    }
    fprintf(out, "</tbody></table></div>\n</section>\n");
}

static void directory_cards(FILE *out, const uh_summary *s)
{
    if (!s->directory_size)
        return;
    fprintf(out, "<section class=\"card\">\n<h2>%s</h2>\n<p class=\"sub\">%s</p>\n",
            _("By department"),
            s->since || s->before
                ? _("From the trainee directory: who has trained in this period, and how each "
                    "department responds.")
                : _("From the trainee directory: who has trained, and how each department "
                    "responds."));
    fprintf(out, "<div class=\"scroll\"><table><thead><tr><th>%s</th>"
                 "<th class=\"n\">%s</th><th class=\"n\">%s</th>"
                 "<th class=\"n\">%s</th><th style=\"width:30%%\">%s</th>"
                 "</tr></thead><tbody>\n", _("Department"), _("People"), _("Trained"),
            _("Not trained yet"), _("Trained share"));
    for (size_t i = 0; i < s->ncoverage; i++) {
        const uh_summary_coverage *c = &s->coverage[i];
        fprintf(out, "<tr><td>");
        esc(out, *c->department ? c->department : _("(no department)"));
        fprintf(out, "</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%d</td>",
                c->people, c->trained, c->people - c->trained);
        share_cell(out, c->trained, c->people, true);
        fprintf(out, "</tr>\n");
    }
    fprintf(out, "</tbody></table></div>\n");
    if (s->ndepartments) {
        fprintf(out, "<p class=\"sub\" style=\"margin-top:16px\">%s</p>\n",
                _("Share of finished attempts reported to security, and pass rate, in each "
                  "department."));
        chart_cohorts(out, s->departments, s->ndepartments, _("(not in the directory)"));
        table_groups(out, s->departments, s->ndepartments, _("Department"), _("(not in the directory)"),
                     false);
    }
    fprintf(out, "</section>\n");

    fprintf(out, "<section class=\"card\">\n<h2>%s</h2>\n", _("Not trained yet"));
    if (!s->not_trained) {
        fprintf(out, "<p class=\"empty\">%s</p>\n",
                s->since || s->before
                    ? _("Everyone in the directory has finished a scenario in this period.")
                    : _("Everyone in the directory has finished a scenario."));
        fprintf(out, "</section>\n");
        return;
    }
    fprintf(out, "<p class=\"sub\">");
    if (s->since || s->before)
        /* TRANSLATORS: the plural follows the second number (the people in
           the directory) */
        fprintf(out, ngettext("%d of %d person in the directory has no finished attempt in this "
                              "period.",
                              "%d of %d people in the directory have no finished attempt in this "
                              "period.", (unsigned long)s->directory_size),
                s->not_trained, s->directory_size);
    else
        /* TRANSLATORS: the plural follows the second number (the people in
           the directory) */
        fprintf(out, ngettext("%d of %d person in the directory has no finished attempt.",
                              "%d of %d people in the directory have no finished attempt.",
                              (unsigned long)s->directory_size),
                s->not_trained, s->directory_size);
    fprintf(out, "</p>\n");
    fprintf(out, "<ul class=\"people\">\n");
    const char *dept = NULL;
    for (size_t i = 0; i < s->nuntrained; i++) {
        const uh_summary_person *p = &s->untrained[i];
        if (!dept || strcmp(dept, p->department) != 0) {
            dept = p->department;
            fprintf(out, "<li><h3>");
            esc(out, *dept ? dept : _("(no department)"));
            fprintf(out, "</h3></li>\n");
        }
        fprintf(out, "<li>");
        esc(out, p->name);
        fprintf(out, " <span>");
        esc(out, p->employee_id);
        if (*p->manager) {
            fprintf(out, " · %s ", _("manager"));
            esc(out, p->manager);
        }
        fprintf(out, "</span></li>\n");
    }
    fprintf(out, "</ul>\n");
    size_t shown = s->untrained_offset + s->nuntrained;
    if (shown < (size_t)s->not_trained)
    {
        fprintf(out, "<p class=\"note\">");
        fprintf(out, _("The first %zu are listed; all %d with "
                       "<code>unhooked report --not-trained</code>."), shown, s->not_trained);
        fprintf(out, "</p>\n");
    }
    fprintf(out, "</section>\n");
}

/* =====================================================================
 * The page
 * =================================================================== */

int uh_report_html(FILE *out, const uh_summary *s, const uh_html_options *o)
{
    const uh_summary_group *all = &s->all;
    fprintf(out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
            uh_i18n_language()->code);
    fputs(_("Unhooked results report"), out);
    if (o && o->organisation) {
        fprintf(out, " — ");
        esc(out, o->organisation);
    }
    fprintf(out, "</title>\n<style>%s", css);
    if (o && o->paper)
        fprintf(out, "@page{size:%s}", strcmp(o->paper, "letter") == 0 ? "letter" : "A4");
    fprintf(out, "</style>\n</head>\n<body>\n<main>\n<header>\n");
    fprintf(out, "<div class=\"kicker\">%s</div>\n<h1>",
            _("Unhooked · counterintelligence awareness"));
    if (o && o->organisation) {
        esc(out, o->organisation);
        fprintf(out, "%s</h1>\n<p>", _(": how trainees respond to an approach"));
    } else {
        fprintf(out, "%s</h1>\n<p>", _("How trainees respond to an approach"));
    }
    fprintf(out, ngettext("%d attempt", "%d attempts", (unsigned long)all->attempts), all->attempts);
    if (s->first) {
        char t1[32], t2[32];
        fprintf(out, _(" from %s to %s"), day_text(s->first, t1), day_text(s->last, t2));
    }
    if (s->cohort) {
        fprintf(out, " · %s <b>", _("cohort"));
        esc(out, s->cohort);
        fprintf(out, "</b>");
    }
    if (s->since) {
        fprintf(out, " · %s ", _("since"));
        esc(out, s->since);
    }
    if (s->before) {
        fprintf(out, " · %s ", _("before"));
        esc(out, s->before);
    }
    if (o && o->generated) {
        char t1[32];
        fprintf(out, " · %s ", _("generated"));
        esc(out, day_text(o->generated, t1));
    }
    fprintf(out, "</p>\n</header>\n");

    if (!all->attempts) {
        fprintf(out, "<div class=\"card\"><p class=\"empty\">%s</p></div>\n",
                s->cohort || s->since || s->before ? _("No attempts are recorded for this selection yet.")
                                                   : _("No attempts are recorded yet."));
        directory_cards(out, s);
        fprintf(out, "</main>\n</body>\n</html>\n");
        return fflush(out) == 0 && !ferror(out) ? 0 : -1;
    }

    headline(out, s, o);
    kpis(out, s);

    fprintf(out, "<section class=\"card keep\">\n<h2>%s</h2>\n<p class=\"sub\">%s</p>\n",
            _("Outcome by scenario"),
            _("Share of attempts that reported the approach (to security, or to someone else), "
              "stayed safe without reporting it, or were hooked. The figure on the right is the "
              "share of finished attempts reported to security."));
    chart_outcomes(out, s->scenarios, s->nscenarios, false);
    legend(out);
    fprintf(out, "</section>\n");

    fprintf(out, "<div class=\"row\">\n<section class=\"card keep\">\n<h2>%s</h2>\n<p class=\"sub\">%s"
                 "</p>\n", _("How deep the hook was at the report"),
            _("Reports filed at each hook depth. Earlier is better; late reports still count."));
    chart_hooks(out, all);
    fprintf(out, "</section>\n<section class=\"card keep\">\n<h2>%s</h2>\n<p class=\"sub\">%s</p>\n",
            _("Trend over time"),
            _("Attempts over time and the share of finished attempts reported to security."));
    chart_trend(out, s);
    fprintf(out, "</section>\n</div>\n");

    previous_card(out, s);

    fprintf(out, "<section class=\"card\">\n<h2>%s</h2>\n<p class=\"sub\">%s</p>\n", _("By cohort"),
            _("Share of finished attempts reported to security, and pass rate, in each cohort."));
    chart_cohorts(out, s->cohorts, s->ncohorts, _("(no cohort)"));
    table_groups(out, s->cohorts, s->ncohorts, _("Cohort"), _("(no cohort)"), false);
    fprintf(out, "</section>\n");

    directory_cards(out, s);

    fprintf(out, "<section class=\"card\">\n<h2>%s</h2>\n", _("Scenarios in detail"));
    table_groups(out, s->scenarios, s->nscenarios, _("Scenario"), "", true);
    fprintf(out, "</section>\n");

    fprintf(out, "<section class=\"card\">\n<h2>%s</h2>\n<p class=\"sub\">%s</p>\n",
            _("Red flags most often missed"),
            _("Warning signs trainees saw but did not mark; the best material for the next "
              "briefing."));
    table_flags(out, s);
    fprintf(out, "</section>\n");

    fprintf(out,
            "<footer><dl>"
            "<dt>%s</dt><dd>%s</dd><dt>%s</dt><dd>%s</dd><dt>%s</dt><dd>%s</dd>"
            "<dt>%s</dt><dd>%s</dd><dt>%s</dt><dd>%s</dd></dl></footer>\n",
            _("Reported to security"),
            _("The trainee filed a report to corporate security (the recipients with full credit "
              "on the report form), at any point. The headline figure."),
            _("Reported to anyone"),
            _("A report to any recipient: security, a manager, the helpdesk."), _("Missed"),
            _("The attempt ended safely (for example the trainee walked away) but nobody was told, "
              "so security never learned of the approach."),
            _("Hooked"),
            _("The attempt ended without a report in an ending that is neither a report nor a "
              "walk-away (hooked, compromised)."),
            _("Rates"),
            _("Reported, missed, hooked and passed are shares of finished attempts; finished is a "
              "share of all attempts. Hook depth counts the baits taken before the report. A change "
              "compares with the period of equal length just before."));
    fprintf(out, "</main>\n</body>\n</html>\n");
    return fflush(out) == 0 && !ferror(out) ? 0 : -1;
}
