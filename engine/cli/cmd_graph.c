/* SPDX-License-Identifier: Apache-2.0 */
/* cmd_graph.c — `unhooked graph SCENARIO [--svg] [-o FILE]`: the scene graph
 * for authors, in Graphviz DOT (or SVG through `dot` when installed).
 *
 * Scenes are boxes labelled with their id and channel; endings are
 * double octagons; report choices are green bold edges; edges that deepen
 * the hook are red and labelled "+N"; a `when` makes an edge dashed. Each
 * scene also shows the smallest hook depth at which it can be reached. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

#include "../core/i18n.h"
#include "../core/scenario.h"
#include "../core/util.h"
#include "commands.h"

static void dot_escape(FILE *out, const char *s)
{
    for (; s && *s; s++) {
        if (*s == '"' || *s == '\\')
            fputc('\\', out);
        if (*s == '\n')
            fputs("\\n", out);
        else
            fputc(*s, out);
    }
}

/* Smallest hook depth reaching each scene (Bellman-Ford over non-negative
 * weights; scenes are few). */
static int *min_hooks(const uh_scenario *sc)
{
    int *d = uh_xcalloc(sc->nscenes, sizeof *d);
    for (size_t i = 0; i < sc->nscenes; i++)
        d[i] = -1;
    d[sc->start_index] = 0;
    for (bool changed = true; changed;) {
        changed = false;
        for (size_t i = 0; i < sc->nscenes; i++) {
            if (d[i] < 0)
                continue;
            const uh_scene *s = &sc->scenes[i];
            for (size_t j = 0; j < s->nchoices; j++) {
                int g = s->choices[j].go_index, h = d[i] + s->choices[j].hook;
                if (g >= 0 && (d[g] < 0 || h < d[g])) {
                    d[g] = h;
                    changed = true;
                }
            }
        }
    }
    return d;
}

static void write_dot(FILE *out, const uh_scenario *sc)
{
    int *depth = min_hooks(sc);
    fprintf(out, "digraph \"");
    dot_escape(out, sc->id);
    fprintf(out, "\" {\n  rankdir=TB;\n  labelloc=t;\n  label=\"");
    dot_escape(out, sc->title);
    fprintf(out, " (%s)\";\n  node [fontname=\"sans-serif\" fontsize=11];\n"
                 "  edge [fontname=\"sans-serif\" fontsize=9];\n", sc->tactic);
    for (size_t i = 0; i < sc->nscenes; i++) {
        const uh_scene *s = &sc->scenes[i];
        fprintf(out, "  \"");
        dot_escape(out, s->id);
        fprintf(out, "\" [label=\"");
        dot_escape(out, s->id);
        /* The labels are for the author reading the picture: in the
         * language in use; ids (scene, channel, ending) stay as written. */
        fprintf(out, "\\n%s · ", uh_channels[s->channel].id);
        fprintf(out, _("hook ≥ %d"), depth[i] < 0 ? 0 : depth[i]);
        if (s->nflags) {
            fputs(" · ", out);
            fprintf(out, ngettext("%zu flag", "%zu flags", s->nflags), s->nflags);
        }
        if (s->ending) {
            fputs("\\n", out);
            /* TRANSLATORS: in the scene graph, before an ending's id. */
            fputs(_("END: "), out);
            dot_escape(out, s->ending);
            fprintf(out, "\" shape=doubleoctagon style=filled fillcolor=\"%s\"",
                    strstr(s->ending, "report") || strstr(s->ending, "clear") ? "#c8f0c8" : "#f6d0d0");
        } else {
            fprintf(out, "\" shape=box style=\"rounded%s\"", (int)i == sc->start_index ? ",bold" : "");
        }
        if (depth[i] < 0)
            fprintf(out, " color=gray fontcolor=gray");
        fprintf(out, "];\n");
    }
    for (size_t i = 0; i < sc->nscenes; i++) {
        const uh_scene *s = &sc->scenes[i];
        for (size_t j = 0; j < s->nchoices; j++) {
            const uh_choice *c = &s->choices[j];
            fprintf(out, "  \"");
            dot_escape(out, s->id);
            fprintf(out, "\" -> \"");
            dot_escape(out, c->go);
            fprintf(out, "\" [label=\"%zu", j + 1);
            if (c->report) {
                fputc(' ', out);
                /* TRANSLATORS: in the scene graph, on a choice that reports. */
                dot_escape(out, _("REPORT"));
            }
            if (c->hook)
                fprintf(out, " +%d", c->hook);
            fprintf(out, "\"");
            if (c->report)
                fprintf(out, " color=\"#1a7f37\" fontcolor=\"#1a7f37\" penwidth=2.5");
            else if (c->hook)
                fprintf(out, " color=\"#c0392b\" fontcolor=\"#c0392b\"");
            if (c->when_ref != UH_NOREF)
                fprintf(out, " style=dashed");
            fprintf(out, "];\n");
        }
    }
    fprintf(out, "}\n");
    free(depth);
}

#define GRAPH_USAGE N_("usage: unhooked graph SCENARIO.lua [--svg] [-o FILE]\n")

int uh_cmd_graph(int argc, char **argv)
{
    const char *path = NULL, *out_path = NULL;
    bool svg = false;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--svg") == 0)
            svg = true;
        else if (strcmp(argv[i], "-o") == 0 && i + 1 < argc)
            out_path = argv[++i];
        else if (argv[i][0] == '-' || path) {
            fputs(_(GRAPH_USAGE), stderr);
            return 2;
        } else
            path = argv[i];
    }
    if (!path) {
        fputs(_(GRAPH_USAGE), stderr);
        return 2;
    }
    uh_problems problems = {0};
    uh_scenario *sc = uh_scenario_load(path, NULL, 1, &problems);
    int status = 0;
    char buf[1400];
    for (size_t i = 0; i < problems.count; i++)
        fprintf(stderr, "%s\n", uh_error_format(&problems.items[i], buf, sizeof buf));
    if (sc->start_index < 0 || sc->nscenes == 0) {
        fprintf(stderr, _("unhooked graph: %s: cannot draw a scenario that does not load\n"), path);
        status = 1;
        goto done;
    }
    char *dot_path = NULL;
    FILE *out = stdout;
    if (svg) {
        dot_path = uh_xstrdup("/tmp/unhooked-graph-XXXXXX");
        int fd = mkstemp(dot_path);
        out = fd >= 0 ? fdopen(fd, "w") : NULL;
    } else if (out_path) {
        out = fopen(out_path, "w");
    }
    if (!out) {
        if (out_path)
            fprintf(stderr, _("unhooked graph: cannot write %s\n"), out_path);
        else
            fputs(_("unhooked graph: cannot write a temporary file\n"), stderr);
        free(dot_path);
        status = 1;
        goto done;
    }
    errno = 0;
    write_dot(out, sc);
    /* A write to a file that failed (a full disk, /dev/full) is said, not
     * left to show as a cut-off graph; main says it of the standard
     * output. */
    int werr = out == stdout ? 0 : ferror(out) ? (errno ? errno : EIO) : 0;
    if (out != stdout && fclose(out) != 0 && !werr)
        werr = errno ? errno : EIO;
    if (werr) {
        fprintf(stderr, _("unhooked graph: cannot write %s: %s\n"), svg ? dot_path : out_path,
                strerror(werr));
        if (svg)
            remove(dot_path);
        free(dot_path);
        status = 1;
        goto done;
    }
    if (svg) {
        /* Graphviz turns the DOT into SVG; run without a shell so no path
         * is ever interpreted. */
        char *args[] = {"dot", "-Tsvg", dot_path, out_path ? "-o" : NULL, (char *)out_path, NULL};
        pid_t pid;
        int rc = posix_spawnp(&pid, "dot", NULL, NULL, args, environ), wstatus = 0;
        if (rc == 0)
            waitpid(pid, &wstatus, 0);
        if (rc != 0 || !WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0) {
            fputs(_("unhooked graph: Graphviz 'dot' failed or is not installed "
                    "(apt-get install graphviz); write DOT without --svg\n"),
                  stderr);
            status = 1;
        }
        remove(dot_path);
        free(dot_path);
    }
done:
    uh_scenario_free(sc);
    uh_problems_free(&problems);
    return status;
}
