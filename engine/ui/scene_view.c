/* SPDX-License-Identifier: Apache-2.0 */
/* scene_view.c — a scene in its channel's look, the choices, the
 * "Something seems off?" panel and the leave confirmation. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/catalog.h"
#include "illustration.h"
#include "screens.h"

enum {
    ID_FLAGS = UH_ID_FIRST,
    ID_FLAGS_DONE,
    ID_LEAVE_STAY,
    ID_LEAVE_GO,
    ID_DISCUSS,
    ID_CHOICE = 1000,
    ID_MARK = 2000,
};

#define MAX_MARKS 64

/* The scene screen's own state: its panels and the scene before (a phone
 * call that goes on reads as ongoing). */
typedef struct scene_state {
    bool flags_open, leave_open;  /* "Something seems off?" / the leave confirmation */
    bool discuss_open;            /* facilitator: the discussion prompts are shown */
    int prev_channel;             /* channel and speaker of the previous scene */
    char prev_from[128];
} scene_state;

static scene_state *state(const uh_ui *ui) { return uh_ui_state(ui, UH_SCREEN_SCENE); }

/* ---------------------------------------------------------------------
 * The channel looks
 * ------------------------------------------------------------------- */

static const char *or_empty(const char *s) { return s ? s : ""; }

/* "Role · Organisation", or whichever of them is given. */
static void role_org(const uh_scene *sc, char *out, size_t n)
{
    const char *r = or_empty(sc->from_role), *o = or_empty(sc->from_org);
    snprintf(out, n, "%s%s%s", r, *r && *o ? " \xC2\xB7 " : "", o);
}

/* Draws a channel badge (icon + label) and returns its height. */
static int channel_badge(uh_ui *ui, int x, int y, uh_icon icon, const char *label, SDL_Color fg,
                         SDL_Color bg)
{
    int h = 0;
    uh_gui_pill(&ui->g, x, y, label, fg, bg, icon, &h);
    return h;
}

/* One piece of a view's column: a text block, or (b NULL) a row of height
 * h the view draws itself, and the gap under it. A view lists its pieces
 * once: column_h measures them for the card behind, column_draw draws the
 * text and says where each piece went, so the two never disagree. */
typedef struct piece {
    const uh_text_block *b;
    int h;    /* height when b is NULL; 0 for a piece left out */
    int gap;  /* space under the piece */
} piece;

static int piece_h(const piece *p) { return p->b ? p->b->h : p->h; }

static int column_h(const piece *p, int n)
{
    int h = 0;
    for (int i = 0; i < n; i++)
        h += piece_h(&p[i]) + p[i].gap;
    return h;
}

/* Draws the text pieces from (x, y) down (centred in w when centre), and
 * stores each piece's top in at[i] when at is not NULL. Returns the height. */
static int column_draw(uh_ui *ui, const piece *p, int n, int x, int y, int w, bool centre, int *at)
{
    int top = y;
    for (int i = 0; i < n; i++) {
        if (at)
            at[i] = y;
        const uh_text_block *b = p[i].b;
        if (b && b->tex)
            SDL_RenderCopy(ui->r, b->tex, NULL, &(SDL_Rect){centre ? x + (w - b->w) / 2 : x, y, b->w, b->h});
        y += piece_h(&p[i]) + p[i].gap;
    }
    return y - top;
}

static int view_narration(uh_ui *ui, const char *text, int x, int y, int w)
{
    int pad = uh_px(ui, UH_SP_8), iw = w - 2 * pad - uh_px(ui, UH_SP_1);
    const uh_text_block *b = uh_text_get(ui->t, UH_FACE_SERIF, uh_px(ui, UH_PX_LEAD), UH_C_TEXT, iw, text);
    int bh = 0;
    uh_gui_pill_size(&ui->g, _("Narration"), UH_ICON_BOOK, &bh);
    const piece col[] = {{NULL, bh, uh_px(ui, UH_SP_4)}, {b, 0, 0}};
    int h = pad + column_h(col, 2) + pad;
    SDL_Rect r = {x, y, w, h};
    uh_draw_card(ui->d, r, uh_px(ui, UH_RADIUS_LG), UH_C_PAPER, UH_C_PAPER_LINE, uh_px(ui, UH_STROKE), true);
    uh_draw_rect(ui->d, (SDL_Rect){x + uh_px(ui, UH_SP_3), y + pad, uh_px(ui, UH_SP_1), h - 2 * pad}, UH_C_PAPER_RULE);
    int tx = x + pad + uh_px(ui, UH_SP_1);
    channel_badge(ui, tx, y + pad, UH_ICON_BOOK, _("Narration"), UH_C_PAPER_LABEL, UH_C_PAPER_PILL);
    column_draw(ui, col, 2, tx, y + pad, 0, false, NULL);
    return h;
}

static int view_linkedin(uh_ui *ui, const uh_scene *sc, const char *text, int x, int y, int w)
{
    int pad = uh_px(ui, UH_SP_7), banner = uh_px(ui, 92), rad = uh_px(ui, UH_SP_11), iw = w - 2 * pad;
    char ro[300];
    role_org(sc, ro, sizeof ro);
    const char *name = sc->from_name ? sc->from_name : _("A new contact");
    const uh_text_block *bn = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_H2 - 2), UH_C_TEXT, iw, name);
    const uh_text_block *br = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_BODY), UH_C_MUTED, iw, ro);
    int tw = iw - 2 * uh_px(ui, UH_SP_5);
    const uh_text_block *bt = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_MESSAGE), UH_C_TEXT, tw, text);
    int msg_pad = uh_px(ui, UH_SP_5), line = uh_px(ui, UH_STROKE);
    int ph = 0;
    uh_gui_pill_size(&ui->g, _("2 mutual connections"), UH_ICON_PEOPLE, &ph);
    /* Under the banner and the avatar: name, role, mutual connections, a
     * rule, the message. */
    enum { NAME, ROLE, MUTUAL, RULE, MESSAGE, N };
    const piece col[N] = {
        [NAME] = {bn, 0, uh_px(ui, 2)},
        [ROLE] = {*ro ? br : NULL, 0, uh_px(ui, UH_SP_4)},
        [MUTUAL] = {NULL, uh_px(ui, UH_SP_9), uh_px(ui, UH_SP_5)},
        [RULE] = {NULL, line, uh_px(ui, UH_SP_5)},
        [MESSAGE] = {NULL, bt->h + 2 * msg_pad, 0},
    };
    int top = banner + rad + uh_px(ui, UH_SP_3);
    int h = top + column_h(col, N) + pad;
    SDL_Rect r = {x, y, w, h};
    int crad = uh_px(ui, UH_RADIUS_LG);
    uh_draw_card(ui->d, r, crad, UH_C_CARD, UH_C_LINE, uh_px(ui, UH_STROKE), true);
    /* Banner: rounded on top only (a rounded band plus a square lower half). */
    SDL_Color b0 = UH_C_NET_BANNER, b1 = UH_C_NET_BANNER_END;
    uh_draw_round(ui->d, (SDL_Rect){x + 1, y + 1, w - 2, 2 * crad}, crad, b0);
    uh_draw_gradient(ui->d, (SDL_Rect){x + 1, y + crad, w - 2, banner - crad}, b0, b1);
    int bph = 0, bpw = uh_gui_pill_size(&ui->g, _("Professional network"), UH_ICON_NETWORK, &bph);
    channel_badge(ui, x + w - pad - bpw, y + uh_px(ui, UH_SP_4), UH_ICON_NETWORK, _("Professional network"),
                  UH_C_WHITE, UH_C_NET_PILL);
    int ax = x + pad + rad, ay = y + banner;
    uh_draw_disc(ui->d, ax, ay, rad + uh_px(ui, UH_SP_1), UH_C_WHITE);
    uh_avatar_draw(ui->d, ui->t, sc->from_name, ax, ay, rad);
    /* A "Connect" pill on the right, as on the real thing. */
    int pw = uh_gui_pill_size(&ui->g, _("Connect"), UH_ICON_PERSON, &ph);
    uh_gui_pill(&ui->g, x + w - pad - pw, y + banner + uh_px(ui, UH_SP_3), _("Connect"), UH_C_NET_BANNER,
                UH_C_NET_CONNECT, UH_ICON_PERSON, &ph);
    int at[N];
    column_draw(ui, col, N, x + pad, y + top, iw, false, at);
    uh_gui_pill(&ui->g, x + pad, at[MUTUAL], _("2 mutual connections"), UH_C_MUTED, UH_C_PAGE, UH_ICON_PEOPLE, &ph);
    uh_draw_rect(ui->d, (SDL_Rect){x + pad, at[RULE], iw, line}, UH_C_LINE);
    uh_draw_round(ui->d, (SDL_Rect){x + pad, at[MESSAGE], iw, col[MESSAGE].h}, uh_px(ui, UH_RADIUS_MD),
                  UH_C_NET_MESSAGE);
    SDL_RenderCopy(ui->r, bt->tex, NULL, &(SDL_Rect){x + pad + msg_pad, at[MESSAGE] + msg_pad, bt->w, bt->h});
    return h;
}

static int view_email(uh_ui *ui, const uh_scene *sc, const char *text, int x, int y, int w)
{
    int pad = uh_px(ui, UH_SP_7), iw = w - 2 * pad;
    /* A first line "Subject: ..." becomes the subject; the rest is the body. */
    char subject[300] = "";
    const char *body = text;
    if (strncmp(text, "Subject:", 8) == 0) {
        const char *nl = strchr(text, '\n');
        size_t n = nl ? (size_t)(nl - text) : strlen(text);
        const char *s = text + 8;
        while (*s == ' ')
            s++, n--;
        n -= 8;
        snprintf(subject, sizeof subject, "%.*s", (int)(n < sizeof subject ? n : sizeof subject - 1), s);
        body = nl ? nl + 1 : "";
        while (*body == '\n')
            body++;
    } else {
        snprintf(subject, sizeof subject, _("Message from %s"), sc->from_name ? sc->from_name : _("an unknown sender"));
    }
    char ro[300], from[400];
    role_org(sc, ro, sizeof ro);
    snprintf(from, sizeof from, "%s", sc->from_name ? sc->from_name : _("Unknown sender"));
    int bar = uh_px(ui, 54), arad = uh_px(ui, UH_SP_6);
    const uh_text_block *bs = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_H3 + 2), UH_C_TEXT, iw, subject);
    int tw = iw - 2 * arad - uh_px(ui, UH_SP_3);
    const uh_text_block *bf = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_BODY), UH_C_TEXT, tw, from);
    const uh_text_block *br = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_SMALL), UH_C_MUTED, tw,
                                          *ro ? ro : _("External sender"));
    const uh_text_block *bto = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_SMALL), UH_C_FAINT, tw, _("to me"));
    const uh_text_block *bb = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_MESSAGE), UH_C_TEXT, iw, body);
    /* The sender: name, role, "to me" beside the avatar. */
    const piece sender[3] = {{bf, 0, 0}, {br, 0, 0}, {bto, 0, 0}};
    int meta = column_h(sender, 3), line = uh_px(ui, UH_STROKE);
    if (meta < 2 * arad)
        meta = 2 * arad;
    /* Under the toolbar: subject, sender, a rule, the body. */
    enum { SUBJECT, SENDER, RULE, BODY, N };
    const piece col[N] = {
        [SUBJECT] = {bs, 0, uh_px(ui, UH_SP_4)},
        [SENDER] = {NULL, meta, uh_px(ui, UH_SP_4)},
        [RULE] = {NULL, line, uh_px(ui, UH_SP_5)},
        [BODY] = {bb, 0, 0},
    };
    int h = bar + pad + column_h(col, N) + pad;
    SDL_Rect r = {x, y, w, h};
    int crad = uh_px(ui, UH_RADIUS_MD);
    uh_draw_card(ui->d, r, crad, UH_C_CARD, UH_C_LINE, uh_px(ui, UH_STROKE), true);
    /* Toolbar of a mail client. */
    SDL_Color tb = UH_C_WELL;
    uh_draw_round(ui->d, (SDL_Rect){x + 1, y + 1, w - 2, bar}, crad, tb);
    uh_draw_rect(ui->d, (SDL_Rect){x + 1, y + crad, w - 2, bar - crad}, tb);
    uh_draw_rect(ui->d, (SDL_Rect){x + 1, y + bar, w - 2, 1}, UH_C_LINE);
    int isz = uh_px(ui, UH_SP_5), ix = x + pad;
    uh_draw_icon(ui->d, UH_ICON_ENVELOPE, ix, y + (bar - isz) / 2, isz, UH_C_MAIL_ICON, tb);
    ix += isz + uh_px(ui, UH_SP_2);
    const uh_text_block *inbox = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_LABEL), UH_C_TEXT, 0, _("Inbox"));
    SDL_RenderCopy(ui->r, inbox->tex, NULL, &(SDL_Rect){ix, y + (bar - inbox->h) / 2, inbox->w, inbox->h});
    /* No toolbar buttons: icons that looked clickable and did nothing were
     * removed; the bar only says where the message is. */
    const uh_text_block *when = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_SMALL), UH_C_MUTED, 0,
                                            _("1 unread message"));
    /* Left out where it would run into "Inbox" (a narrow card at 200 %). */
    if (ix + inbox->w + uh_px(ui, UH_SP_3) <= x + w - pad - when->w)
        SDL_RenderCopy(ui->r, when->tex, NULL,
                       &(SDL_Rect){x + w - pad - when->w, y + (bar - when->h) / 2, when->w, when->h});

    int at[N];
    column_draw(ui, col, N, x + pad, y + bar + pad, iw, false, at);
    uh_avatar_draw(ui->d, ui->t, sc->from_name, x + pad + arad, at[SENDER] + arad, arad);
    column_draw(ui, sender, 3, x + pad + 2 * arad + uh_px(ui, UH_SP_3), at[SENDER], tw, false, NULL);
    uh_draw_rect(ui->d, (SDL_Rect){x + pad, at[RULE], iw, line}, UH_C_LINE);
    return h;
}

static int view_phone(uh_ui *ui, const uh_scene *sc, const char *text, int x, int y, int w, bool ongoing)
{
    int pad = uh_px(ui, UH_SP_7), iw = w - 2 * pad, rad = uh_px(ui, 52);
    char ro[300];
    role_org(sc, ro, sizeof ro);
    const char *name = sc->from_name ? sc->from_name : _("Unknown caller");
    SDL_Color light = UH_C_PHONE_TEXT, dim = UH_C_PHONE_MUTED;
    const uh_text_block *bn = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_H2), light, iw, name);
    const uh_text_block *br = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_BODY), dim, iw, ro);
    int tpad = uh_px(ui, UH_SP_5), tw = iw - 2 * tpad;
    const uh_text_block *bt = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_MESSAGE), light, tw, text);
    int ph = 0;
    uh_gui_pill_size(&ui->g, _("Incoming call"), UH_ICON_PHONE, &ph);
    /* Under the ringing avatar: name, role, the call's state, what is said. */
    enum { NAME, ROLE, STATUS, SAID, N };
    const piece col[N] = {
        [NAME] = {bn, 0, 0},
        [ROLE] = {*ro ? br : NULL, 0, uh_px(ui, UH_SP_3)},
        [STATUS] = {NULL, ph, uh_px(ui, UH_SP_6)},
        [SAID] = {NULL, bt->h + 2 * tpad, 0},
    };
    int top = pad + uh_px(ui, UH_SP_5) + 2 * rad + uh_px(ui, UH_SP_5);
    int h = top + column_h(col, N) + pad;
    SDL_Rect r = {x, y, w, h};
    int crad = uh_px(ui, UH_RADIUS_XL);
    uh_draw_round(ui->d, (SDL_Rect){x, y + uh_px(ui, UH_SHADOW_Y), w, h}, crad, UH_C_SHADOW);
    uh_draw_round(ui->d, r, crad, UH_C_PHONE_TOP);
    uh_draw_gradient(ui->d, (SDL_Rect){x, y + crad, w, h - 2 * crad}, UH_C_PHONE_TOP,
                     UH_C_PHONE_BOTTOM);
    uh_draw_round(ui->d, (SDL_Rect){x, y + h - 2 * crad, w, 2 * crad}, crad, UH_C_PHONE_BOTTOM);
    int cx = x + w / 2, cy = y + pad + uh_px(ui, UH_SP_5) + rad;
    /* Rings around the caller, like a ringing phone screen. */
    uh_draw_disc(ui->d, cx, cy, rad + uh_px(ui, UH_SP_7), UH_C_PHONE_RING);
    uh_draw_disc(ui->d, cx, cy, rad + uh_px(ui, UH_SP_4), UH_C_PHONE_RING_INNER);
    uh_avatar_draw(ui->d, ui->t, sc->from_name, cx, cy, rad);
    int at[N];
    column_draw(ui, col, N, x, y + top, w, true, at);
    const char *status = ongoing ? _("Call in progress") : _("Incoming call");
    int pw = uh_gui_pill_size(&ui->g, status, UH_ICON_PHONE, &ph);
    uh_gui_pill(&ui->g, cx - pw / 2, at[STATUS], status, light, ongoing ? UH_C_PHONE_ONGOING : UH_C_GOOD,
                UH_ICON_PHONE, &ph);
    uh_draw_round(ui->d, (SDL_Rect){x + pad, at[SAID], iw, col[SAID].h}, uh_px(ui, UH_RADIUS_MD), UH_C_PHONE_BUBBLE);
    SDL_RenderCopy(ui->r, bt->tex, NULL, &(SDL_Rect){x + pad + tpad, at[SAID] + tpad, bt->w, bt->h});
    return h;
}

/* Splits text into paragraphs at blank lines; calls fn for each with its
 * own NUL-terminated copy in buf. Returns the summed heights. */
static int chat_paragraphs(uh_ui *ui, const char *text, int x, int y, int w, bool draw)
{
    int total = 0, gap = uh_px(ui, UH_SP_3);
    size_t n = strlen(text);
    char *buf = malloc(n + 1);
    if (!buf)
        return 0;
    const char *p = text;
    while (*p) {
        while (*p == '\n')
            p++;
        if (!*p)
            break;
        const char *e = strstr(p, "\n\n");
        size_t len = e ? (size_t)(e - p) : strlen(p);
        memcpy(buf, p, len);
        buf[len] = 0;
        p += len;
        bool said = buf[0] == '"' || (unsigned char)buf[0] == 0xE2; /* "..." or a curly quote */
        int bw = w * 4 / 5, bpad = uh_px(ui, UH_SP_4);
        if (said) {
            const uh_text_block *b = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_MESSAGE), UH_C_TEXT,
                                                 bw - 2 * bpad, buf);
            int bh = b->h + 2 * uh_px(ui, UH_SP_3);
            if (draw) {
                SDL_Rect br = {x, y + total, b->w + 2 * bpad, bh};
                uh_draw_round(ui->d, (SDL_Rect){br.x, br.y + uh_px(ui, 2), br.w, br.h}, uh_px(ui, UH_RADIUS_LG), UH_C_SHADOW);
                uh_draw_round(ui->d, br, uh_px(ui, UH_RADIUS_LG), UH_C_WHITE);
                uh_draw_triangle(ui->d, (float)x - uh_px(ui, 7), (float)(y + total), (float)x + uh_px(ui, UH_SP_4),
                                 (float)(y + total), (float)x + uh_px(ui, UH_SP_1), (float)(y + total + uh_px(ui, UH_SP_3)),
                                 UH_C_WHITE);
                SDL_RenderCopy(ui->r, b->tex, NULL, &(SDL_Rect){x + bpad, y + total + uh_px(ui, UH_SP_3), b->w, b->h});
            }
            total += bh + gap;
        } else {
            /* Narration between messages: a centred note. */
            const uh_text_block *b = uh_text_get(ui->t, UH_FACE_ITALIC, uh_px(ui, UH_PX_LABEL),
                                                 UH_C_CHAT_NOTE_TEXT, w - 4 * bpad, buf);
            int bh = b->h + 2 * uh_px(ui, UH_SP_2);
            if (draw) {
                int nw = b->w + 2 * bpad;
                uh_draw_round(ui->d, (SDL_Rect){x + (w - nw) / 2, y + total, nw, bh}, uh_px(ui, UH_RADIUS_SM),
                              UH_C_CHAT_NOTE);
                SDL_RenderCopy(ui->r, b->tex, NULL,
                               &(SDL_Rect){x + (w - b->w) / 2, y + total + uh_px(ui, UH_SP_2), b->w, b->h});
            }
            total += bh + gap;
        }
    }
    free(buf);
    return total > 0 ? total - gap : 0;
}

static int view_chat(uh_ui *ui, const uh_scene *sc, const char *text, int x, int y, int w)
{
    int bar = uh_px(ui, 72), pad = uh_px(ui, UH_SP_5), arad = uh_px(ui, UH_SP_5);
    int content = chat_paragraphs(ui, text, 0, 0, w - 2 * pad, false);
    int h = bar + pad + uh_px(ui, UH_SP_7) + content + pad + uh_px(ui, 56);
    int crad = uh_px(ui, UH_RADIUS_LG);
    SDL_Color head = UH_C_CHAT_HEAD, paper = UH_C_CHAT_PAPER;
    uh_draw_round(ui->d, (SDL_Rect){x, y + uh_px(ui, UH_SHADOW_Y), w, h}, crad, UH_C_SHADOW);
    uh_draw_round(ui->d, (SDL_Rect){x, y, w, h}, crad, paper);
    uh_draw_round(ui->d, (SDL_Rect){x, y, w, bar}, crad, head);
    uh_draw_rect(ui->d, (SDL_Rect){x, y + crad, w, bar - crad}, head);
    uh_draw_icon(ui->d, UH_ICON_ARROW_LEFT, x + uh_px(ui, UH_SP_3), y + (bar - uh_px(ui, UH_SP_5)) / 2, uh_px(ui, UH_SP_5),
                 UH_C_WHITE, head);
    int ax = x + uh_px(ui, UH_SP_12) + arad;
    uh_avatar_draw(ui->d, ui->t, sc->from_name, ax, y + bar / 2, arad);
    int tx = ax + arad + uh_px(ui, UH_SP_3), tw = x + w - tx - uh_px(ui, 70);
    const uh_text_block *bn = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_BODY), UH_C_WHITE, 0,
                                          sc->from_name ? sc->from_name : _("Unknown number"));
    char ro[300];
    role_org(sc, ro, sizeof ro);
    const uh_text_block *bs = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_SMALL), UH_C_CHAT_HEAD_MUTED, 0,
                                          *ro ? ro : "online");
    int nh = bn->h + bs->h, ny = y + (bar - nh) / 2;
    SDL_RenderCopy(ui->r, bn->tex, &(SDL_Rect){0, 0, bn->w < tw ? bn->w : tw, bn->h},
                   &(SDL_Rect){tx, ny, bn->w < tw ? bn->w : tw, bn->h});
    SDL_RenderCopy(ui->r, bs->tex, &(SDL_Rect){0, 0, bs->w < tw ? bs->w : tw, bs->h},
                   &(SDL_Rect){tx, ny + bn->h, bs->w < tw ? bs->w : tw, bs->h});
    uh_draw_icon(ui->d, UH_ICON_PHONE, x + w - uh_px(ui, 50), y + (bar - uh_px(ui, UH_SP_6)) / 2, uh_px(ui, UH_SP_6),
                 UH_C_WHITE, head);
    int cy = y + bar + pad;
    int ph = 0, pw = uh_gui_pill_size(&ui->g, _("Today"), UH_ICON_COUNT, &ph);
    uh_gui_pill(&ui->g, x + (w - pw) / 2, cy, _("Today"), UH_C_MUTED, UH_C_CHAT_DATE, UH_ICON_COUNT, &ph);
    cy += uh_px(ui, UH_SP_7);
    chat_paragraphs(ui, text, x + pad, cy, w - 2 * pad, true);
    /* A disabled compose bar: the trainee answers with the choices. */
    int cb = uh_px(ui, UH_SP_10);
    SDL_Rect compose = {x + pad, y + h - pad / 2 - cb - uh_px(ui, UH_SP_1), w - 2 * pad, cb};
    uh_draw_round(ui->d, compose, cb / 2, UH_C_WHITE);
    uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_SMALL, UH_C_FAINT, 0, _("Choose your reply below"),
               compose.x + uh_px(ui, UH_SP_4), compose.y + (cb - uh_text_line_height(ui->t, 0, uh_px(ui, UH_PX_SMALL))) / 2);
    return h;
}

static int view_in_person(uh_ui *ui, const uh_scene *sc, const char *text, int x, int y, int w)
{
    int pad = uh_px(ui, UH_SP_7), iw = w - 2 * pad, stage = uh_px(ui, 170);
    char ro[300];
    role_org(sc, ro, sizeof ro);
    const uh_text_block *bt = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_MESSAGE), UH_C_TEXT,
                                          iw - uh_px(ui, UH_SP_9), text);
    const uh_text_block *bn = sc->from_name ? uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_H3), UH_C_TEXT,
                                                          iw - uh_px(ui, 70), sc->from_name) : NULL;
    const uh_text_block *br = *ro ? uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_LABEL), UH_C_MUTED,
                                                iw - uh_px(ui, 70), ro) : NULL;
    const piece who[2] = {{bn, 0, 0}, {br, 0, 0}};  /* name and role beside the avatar */
    int name_h = bn ? column_h(who, 2) : 0;
    if (bn && name_h < uh_px(ui, 52))
        name_h = uh_px(ui, 52);
    int h = stage + pad + (bn ? name_h + uh_px(ui, UH_SP_4) : 0) + bt->h + pad;
    int crad = uh_px(ui, UH_RADIUS_LG);
    SDL_Rect r = {x, y, w, h};
    uh_draw_card(ui->d, r, crad, UH_C_CARD, UH_C_LINE, uh_px(ui, UH_STROKE), true);
    /* The stage: the place, drawn in code, with the other person in it. */
    uh_setting where = uh_setting_of(sc->id, text);
    SDL_Rect old;
    SDL_bool had = SDL_RenderIsClipEnabled(ui->r);
    SDL_RenderGetClipRect(ui->r, &old);
    int m = uh_px(ui, UH_SP_3); /* a picture set in the card */
    SDL_Rect pic = {x + m, y + m, w - 2 * m, stage - m}, clip = uh_draw_clip_within(ui->d, pic);
    SDL_RenderSetClipRect(ui->r, &clip);
    uh_illustration_draw(ui->d, where, pic, ui->s, uh_avatar_colour(sc->from_name), uh_avatar_hash(sc->id));
    SDL_RenderSetClipRect(ui->r, had ? &old : NULL);
    channel_badge(ui, pic.x + uh_px(ui, UH_SP_4), pic.y + uh_px(ui, UH_SP_3), UH_ICON_PEOPLE, uh_setting_label(where),
                  UH_C_PERSON_LABEL, UH_C_PERSON_PILL);
    int cy = y + stage + pad;
    if (bn) {
        int arad = uh_px(ui, UH_SP_6);
        uh_avatar_draw(ui->d, ui->t, sc->from_name, x + pad + arad, cy + name_h / 2, arad);
        column_draw(ui, who, 2, x + pad + 2 * arad + uh_px(ui, UH_SP_3), cy + (name_h - column_h(who, 2)) / 2, 0,
                    false, NULL);
        cy += name_h + uh_px(ui, UH_SP_4);
    }
    uh_draw_rect(ui->d, (SDL_Rect){x + pad, cy, uh_px(ui, UH_SP_1), bt->h}, UH_C_PERSON_RULE);
    SDL_RenderCopy(ui->r, bt->tex, NULL, &(SDL_Rect){x + pad + uh_px(ui, UH_SP_9), cy, bt->w, bt->h});
    return h;
}

int uh_scene_view_channel(uh_ui *ui, const uh_scene *sc, const char *text, int x, int y, int w,
                          bool ongoing)
{
    switch (sc->channel) {
    case UH_CHANNEL_LINKEDIN:
        return view_linkedin(ui, sc, text, x, y, w);
    case UH_CHANNEL_EMAIL:
        return view_email(ui, sc, text, x, y, w);
    case UH_CHANNEL_PHONE:
        return view_phone(ui, sc, text, x, y, w, ongoing);
    case UH_CHANNEL_CHAT:
        return view_chat(ui, sc, text, x, y, w);
    case UH_CHANNEL_IN_PERSON:
        return view_in_person(ui, sc, text, x, y, w);
    default:
        return view_narration(ui, text, x, y, w);
    }
}

/* ---------------------------------------------------------------------
 * The flag panel
 * ------------------------------------------------------------------- */

typedef struct mark_ref {
    const uh_mark *m;
    uint32_t key;
} mark_ref;

static int by_key(const void *a, const void *b)
{
    uint32_t x = ((const mark_ref *)a)->key, y = ((const mark_ref *)b)->key;
    return x < y ? -1 : x > y;
}

/* The scene's flags and innocent details in a stable shuffled order (by a
 * hash of scene and detail ids), so flags are not always listed first. */
static size_t scene_marks(const uh_scene *s, mark_ref *out)
{
    size_t n = 0;
    for (size_t i = 0; i < s->nflags && n < MAX_MARKS; i++)
        out[n++] = (mark_ref){&s->flags[i], 0};
    for (size_t i = 0; i < s->ninnocent && n < MAX_MARKS; i++)
        out[n++] = (mark_ref){&s->innocent[i], 0};
    for (size_t i = 0; i < n; i++)
        out[i].key = uh_avatar_hash(out[i].m->id) * 31u ^ uh_avatar_hash(s->id);
    qsort(out, n, sizeof *out, by_key);
    return n;
}

static int marked_count(uh_ui *ui, const uh_scene *s)
{
    mark_ref m[MAX_MARKS];
    size_t n = scene_marks(s, m);
    int k = 0;
    for (size_t i = 0; i < n; i++)
        k += uh_session_is_marked(ui->ses, m[i].m->id);
    return k;
}

static void toggle_mark(uh_ui *ui, size_t i)
{
    mark_ref m[MAX_MARKS];
    size_t n = scene_marks(uh_run_scene(uh_ui_run(ui)), m);
    if (i < n) {
        uh_session_mark(ui->ses, m[i].m->id, !uh_session_is_marked(ui->ses, m[i].m->id));
        uh_ui_save_progress(ui);
    }
}

/* A dimmed backdrop and a centred panel; returns the panel rectangle. */
static SDL_Rect modal_frame(uh_ui *ui, int want_w, int want_h)
{
    uh_draw_rect(ui->d, (SDL_Rect){0, 0, ui->w, ui->h}, UH_C_SCRIM);
    int w = uh_px(ui, (float)want_w), h = want_h;
    if (w > ui->w - uh_px(ui, UH_SP_8))
        w = ui->w - uh_px(ui, UH_SP_8);
    if (h > ui->h - uh_px(ui, UH_SP_12))
        h = ui->h - uh_px(ui, UH_SP_12);
    SDL_Rect r = {(ui->w - w) / 2, (ui->h - h) / 2, w, h};
    uh_draw_card(ui->d, r, uh_px(ui, UH_RADIUS_LG), UH_C_CARD, UH_C_LINE, 0, true);
    return r;
}

static void draw_flag_panel(uh_ui *ui)
{
    const uh_scene *s = uh_run_scene(uh_ui_run(ui));
    mark_ref m[MAX_MARKS];
    size_t n = scene_marks(s, m);
    uh_gui_modal(&ui->g);
    int pad = uh_px(ui, UH_SP_7);
    int w = uh_px(ui, 780);
    if (w > ui->w - uh_px(ui, UH_SP_8))
        w = ui->w - uh_px(ui, UH_SP_8);
    int iw = w - 2 * pad;
    /* Measure: title, lead, the list, the button row. */
    const char *lead = _("Mark every detail in this scene that worries you. Not everything here is a "
                       "warning sign: some details are perfectly ordinary.");
    const uh_text_block *bt = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_H2), UH_C_TEXT, iw - uh_px(ui, UH_SP_11),
                                          _("Something seems off?"));
    const uh_text_block *bl = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_BODY), UH_C_MUTED, iw, lead);
    int lead_h = bl->h + uh_px(ui, UH_SP_4);
    int head = pad + bt->h + uh_px(ui, UH_SP_2) + lead_h;
    int foot = uh_px(ui, UH_SP_4) + uh_gui_control_h(&ui->g) + pad;
    /* On a window too short for the lead, a mark and the button row (a
     * wide, short one at a large text size), the lead scrolls with the
     * marks rather than running under the buttons. */
    bool lead_scrolls = head + uh_gui_control_h(&ui->g) + foot > ui->h - uh_px(ui, UH_SP_12);
    if (lead_scrolls)
        head -= lead_h;
    int list = ui->g.region[1].content_h > 0 ? ui->g.region[1].content_h : uh_px(ui, 300);
    SDL_Rect r = modal_frame(ui, (int)(w / ui->s + 0.5f), head + list + foot);
    int x = r.x + pad, y = r.y + pad;
    uh_draw_icon(ui->d, UH_ICON_FLAG, x, y + uh_px(ui, UH_SP_1), uh_px(ui, UH_SP_8), UH_C_WARN, UH_C_CARD);
    SDL_RenderCopy(ui->r, bt->tex, NULL, &(SDL_Rect){x + uh_px(ui, UH_SP_11), y, bt->w, bt->h});
    y += bt->h + uh_px(ui, UH_SP_2);
    if (!lead_scrolls) {
        SDL_RenderCopy(ui->r, bl->tex, NULL, &(SDL_Rect){x, y, bl->w, bl->h});
        y += lead_h;
    }
    SDL_Rect view = {r.x, y, r.w, r.y + r.h - foot - y};
    int ly = uh_gui_scroll_begin(&ui->g, 1, view);
    int start = ly;
    if (lead_scrolls) {
        SDL_RenderCopy(ui->r, bl->tex, NULL, &(SDL_Rect){x, ly, bl->w, bl->h});
        ly += lead_h;
    }
    for (size_t i = 0; i < n; i++) {
        bool on = uh_session_is_marked(ui->ses, m[i].m->id);
        ly += uh_gui_toggle(&ui->g, ID_MARK + (int)i, x, ly, iw, on, false, m[i].m->text, NULL);
        ly += uh_px(ui, UH_SP_2);
    }
    uh_gui_scroll_end(&ui->g, ly);
    if (ly - start != list)
        ui->g.dirty = true; /* the panel's height follows its list */
    int by = r.y + r.h - pad - uh_gui_control_h(&ui->g);
    char count[64];
    snprintf(count, sizeof count, _("%d marked"), marked_count(ui, s));
    uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_BODY, UH_C_MUTED, 0, count, x,
               by + (uh_gui_control_h(&ui->g) - uh_text_line_height(ui->t, 0, uh_px(ui, UH_PX_BODY))) / 2);
    int dw = uh_gui_button_width(&ui->g, _("Done"), UH_ICON_CHECK);
    uh_gui_button(&ui->g, ID_FLAGS_DONE, r.x + r.w - pad - dw, by, dw, _("Done"), UH_BTN_PRIMARY, UH_ICON_CHECK);
}

static void draw_leave_panel(uh_ui *ui)
{
    uh_gui_modal(&ui->g);
    int pad = uh_px(ui, UH_SP_7), w = uh_px(ui, 560);
    if (w > ui->w - uh_px(ui, UH_SP_8))
        w = ui->w - uh_px(ui, UH_SP_8);
    int iw = w - 2 * pad;
    const uh_text_block *bt = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_H2), UH_C_TEXT, iw,
                                          _("Leave this scenario?"));
    /* A named self-paced trainee keeps their place; elsewhere the attempt is dropped. */
    bool kept = ui->mode == UH_MODE_SELF && !uh_ui_anonymous(ui);
    const uh_text_block *bl = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_BODY), UH_C_MUTED, iw,
                                          kept ? _("You are part-way through. Your place is kept: choose this "
                                                 "scenario again later to resume where you left off.")
                                               : _("You are part-way through. If you leave now, this attempt is "
                                                 "not scored or saved."));
    int ctl = uh_gui_control_h(&ui->g);
    int sw = uh_gui_button_width(&ui->g, _("Stay"), UH_ICON_COUNT),
        lw = uh_gui_button_width(&ui->g, _("Leave scenario"), UH_ICON_ARROW_LEFT);
    bool stack = sw + lw + uh_px(ui, UH_SP_3) > iw;
    int h = pad + bt->h + uh_px(ui, UH_SP_2) + bl->h + uh_px(ui, UH_SP_6) + (stack ? 2 * ctl + uh_px(ui, UH_SP_3) : ctl) + pad;
    SDL_Rect r = modal_frame(ui, (int)(w / ui->s + 0.5f), h);
    int x = r.x + pad, y = r.y + pad;
    SDL_RenderCopy(ui->r, bt->tex, NULL, &(SDL_Rect){x, y, bt->w, bt->h});
    y += bt->h + uh_px(ui, UH_SP_2);
    SDL_RenderCopy(ui->r, bl->tex, NULL, &(SDL_Rect){x, y, bl->w, bl->h});
    y += bl->h + uh_px(ui, UH_SP_6);
    if (stack) {
        uh_gui_button(&ui->g, ID_LEAVE_STAY, x, y, iw, _("Stay"), UH_BTN_PRIMARY, UH_ICON_COUNT);
        uh_gui_button(&ui->g, ID_LEAVE_GO, x, y + ctl + uh_px(ui, UH_SP_3), iw, _("Leave scenario"), UH_BTN_SECONDARY,
                      UH_ICON_ARROW_LEFT);
    } else {
        uh_gui_button(&ui->g, ID_LEAVE_STAY, x + iw - sw, y, sw, _("Stay"), UH_BTN_PRIMARY, UH_ICON_COUNT);
        uh_gui_button(&ui->g, ID_LEAVE_GO, x + iw - sw - lw - uh_px(ui, UH_SP_3), y, lw, _("Leave scenario"),
                      UH_BTN_SECONDARY, UH_ICON_ARROW_LEFT);
    }
}

/* ---------------------------------------------------------------------
 * The screen
 * ------------------------------------------------------------------- */

static void scene_reset(uh_ui *ui)
{
    scene_state *ss = state(ui);
    memset(ss, 0, sizeof *ss);
    ss->prev_channel = -1;
}

static void scene_enter(uh_ui *ui)
{
    state(ui)->flags_open = state(ui)->leave_open = false;
}

static void scene_trace(const uh_ui *ui, FILE *f, bool current)
{
    const scene_state *ss = state(ui);
    if (!current)
        return;
    fprintf(f, "discuss %d\n", ss->discuss_open);
    const uh_run *run = uh_ui_run(ui);
    if (!run)
        return;
    fprintf(f, "scene %s\npanel %s\n", uh_run_scene(run)->id,
            ss->flags_open ? "flags" : ss->leave_open ? "leave" : "none");
    /* How many choices, and which is the report (for walks that must reach
     * the report form). */
    fprintf(f, "choices %zu\n", uh_run_nchoices(run));
    for (size_t i = 0; i < uh_run_nchoices(run); i++)
        if (uh_run_choice_is_report(run, i))
            fprintf(f, "report_choice %zu\n", i + 1);
}

/* Makes choice i, remembering this scene's channel and speaker for the
 * next one. */
static void choose(uh_ui *ui, size_t i)
{
    const uh_run *run = uh_ui_run(ui);
    if (!run || i >= uh_run_nchoices(run))
        return;
    const uh_scene *s = uh_run_scene(run);
    scene_state *ss = state(ui);
    ss->prev_channel = (int)s->channel;
    snprintf(ss->prev_from, sizeof ss->prev_from, "%s", s->from_name ? s->from_name : "");
    ss->discuss_open = false;
    uh_ui_choose(ui, i);
}

static void scene_act(uh_ui *ui, int id)
{
    if (id == UH_ID_BACK)
        state(ui)->leave_open = true;
    else if (id == ID_LEAVE_STAY)
        state(ui)->leave_open = false;
    else if (id == ID_LEAVE_GO) {
        uh_ui_end_run(ui);
        uh_ui_go(ui, UH_SCREEN_MENU);
    } else if (id == ID_FLAGS) {
        state(ui)->flags_open = true;
        uh_gui_scroll_top(&ui->g, 1);
        ui->g.region[1].content_h = 0;
    } else if (id == ID_FLAGS_DONE)
        state(ui)->flags_open = false;
    else if (id == ID_DISCUSS)
        state(ui)->discuss_open = !state(ui)->discuss_open;
    else if (id >= ID_MARK && id < ID_MARK + MAX_MARKS)
        toggle_mark(ui, (size_t)(id - ID_MARK));
    else if (id >= ID_CHOICE && id < ID_MARK)
        choose(ui, (size_t)(id - ID_CHOICE));
}

static bool scene_key(uh_ui *ui, const uh_input *in)
{
    if (in->type != UH_IN_KEY)
        return false;
    const uh_scene *s = uh_run_scene(uh_ui_run(ui));
    if (in->key == UH_KEY_ESCAPE) {
        if (state(ui)->flags_open)
            state(ui)->flags_open = false;
        else
            state(ui)->leave_open = !state(ui)->leave_open;
        return true;
    }
    if (state(ui)->leave_open)
        return false;
    if (in->key == UH_KEY_D && ui->mode == UH_MODE_FACILITATE && s->ndiscuss > 0) {
        state(ui)->discuss_open = !state(ui)->discuss_open;
        return true;
    }
    if (in->key == UH_KEY_F && s->nflags > 0) {
        state(ui)->flags_open = !state(ui)->flags_open;
        if (state(ui)->flags_open)
            uh_gui_scroll_top(&ui->g, 1);
        return true;
    }
    if (in->key == UH_KEY_DIGIT && in->digit >= 1) {
        if (state(ui)->flags_open)
            toggle_mark(ui, (size_t)(in->digit - 1));
        else
            choose(ui, (size_t)(in->digit - 1));
        return true;
    }
    return false;
}

static bool discussing(const uh_ui *ui, const uh_scene *s)
{
    return ui->mode == UH_MODE_FACILITATE && s->ndiscuss > 0;
}

/* Facilitator mode: the "Discuss" button that shows and hides the
 * prompts. Returns the height used. */
static int draw_discuss_button(uh_ui *ui, const uh_scene *s, int x, int y, int w)
{
    if (!discussing(ui, s))
        return 0;
    const char *label = state(ui)->discuss_open ? _("Hide discussion prompts (D)") : _("Discuss with the room (D)");
    int bw = uh_gui_button_width(&ui->g, label, UH_ICON_PEOPLE);
    uh_gui_button(&ui->g, ID_DISCUSS, x, y, bw < w ? bw : w, label, UH_BTN_SECONDARY, UH_ICON_PEOPLE);
    return uh_gui_control_h(&ui->g) + uh_px(ui, UH_SP_5);
}

/* The scene's discussion prompts for the room, once revealed. Returns the
 * height used (0 when hidden). */
static int draw_prompts(uh_ui *ui, const uh_scene *s, int x, int y, int w)
{
    if (!discussing(ui, s) || !state(ui)->discuss_open)
        return 0;
    int pad = uh_px(ui, UH_SP_5), iw = w - 2 * pad - uh_px(ui, UH_SP_7);
    int h = pad;
    for (size_t i = 0; i < s->ndiscuss; i++)
        h += uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_BODY), UH_C_TEXT, iw, s->discuss[i])->h +
             uh_px(ui, UH_SP_2);
    h += pad - uh_px(ui, UH_SP_2);
    uh_draw_card(ui->d, (SDL_Rect){x, y, w, h}, uh_px(ui, UH_RADIUS_MD), UH_C_ACCENT_SOFT, UH_C_ACCENT, uh_px(ui, UH_STROKE), false);
    int ty = y + pad;
    for (size_t i = 0; i < s->ndiscuss; i++) {
        char num[24];
        snprintf(num, sizeof num, "%zu", i + 1);
        uh_ui_text(ui, UH_FACE_BOLD, UH_PX_BODY, UH_C_ACCENT, 0, num, x + pad, ty);
        ty += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_BODY, UH_C_TEXT, iw, s->discuss[i], x + pad + uh_px(ui, UH_SP_7),
                         ty) + uh_px(ui, UH_SP_2);
    }
    return h + uh_px(ui, UH_SP_5);
}

/* "Something seems off?": the card that opens the panel of details to
 * mark. Returns the height used (0 when the scene has no flags). */
static int draw_flags_card(uh_ui *ui, const uh_scene *s, int x, int y, int w)
{
    if (s->nflags == 0)
        return 0;
    int pad = uh_px(ui, UH_SP_4), isz = uh_px(ui, UH_SP_7);
    bool keys = uh_ui_keyboard_hints(ui);
    char sub[120];
    int k = marked_count(ui, s);
    if (k)
        snprintf(sub, sizeof sub, ngettext("%d detail marked in this scene. %s",
                                           "%d details marked in this scene. %s", k), k,
                 keys ? _("Press F to review.") : _("Tap to review."));
    else
        snprintf(sub, sizeof sub, "%s", keys ? _("Mark the details that worry you. Press F.")
                                             : _("Tap to mark the details that worry you."));
    int tw = w - 3 * pad - isz;
    const uh_text_block *bt = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_MESSAGE), UH_C_WARN_TEXT, tw,
                                          _("Something seems off?"));
    const uh_text_block *bs = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_SMALL), UH_C_WARN_TEXT, tw, sub);
    int h = bt->h + bs->h + 2 * pad;
    SDL_Rect r = {x, y, w, h};
    int st = uh_gui_item_add(&ui->g, ID_FLAGS, r);
    char name[200];
    snprintf(name, sizeof name, "%s %s", _("Something seems off?"), sub);
    uh_gui_label(&ui->g, name);
    bool hot = st & (UH_GUI_HOVER | UH_GUI_PRESSED | UH_GUI_FOCUS);
    SDL_Color fill = hot ? UH_C_WARN_SOFT_HOT : UH_C_WARN_SOFT;
    uh_draw_card(ui->d, r, uh_px(ui, UH_RADIUS_MD), fill, UH_C_WARN_LINE, uh_px(ui, UH_STROKE_FIELD), false);
    uh_draw_icon(ui->d, UH_ICON_FLAG, x + pad, y + (h - isz) / 2, isz, UH_C_WARN, fill);
    SDL_RenderCopy(ui->r, bt->tex, NULL, &(SDL_Rect){x + 2 * pad + isz, y + pad, bt->w, bt->h});
    SDL_RenderCopy(ui->r, bs->tex, NULL, &(SDL_Rect){x + 2 * pad + isz, y + pad + bt->h, bs->w, bs->h});
    uh_gui_focus_ring(&ui->g, ID_FLAGS, r, uh_px(ui, UH_RADIUS_MD));
    return h + uh_px(ui, UH_SP_5);
}

/* The column beside (or under) the story: in facilitator mode the Discuss
 * button and the prompts, then "Something seems off?", then the choices.
 * Everything a trainee acts on starts at the top of the column, so it is in
 * view on a 1280×720 screen, and open prompts never push the story away. */
static int draw_choices(uh_ui *ui, const uh_scene *s, int x, int y, int w)
{
    int top = y;
    bool room = ui->mode == UH_MODE_FACILITATE;
    y += draw_discuss_button(ui, s, x, y, w);
    y += draw_prompts(ui, s, x, y, w);
    y += draw_flags_card(ui, s, x, y, w);
    y += uh_ui_text(ui, UH_FACE_BOLD, UH_PX_H3, UH_C_TEXT, w, room ? _("What does the room decide?") : _("What do you do?"),
                    x, y);
    y += uh_px(ui, UH_SP_1);
    bool keys = uh_ui_keyboard_hints(ui);
    y += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_SMALL, UH_C_MUTED, w,
                    room   ? (keys ? _("Enter the room's choice: click it or press its number.")
                                   : _("Enter the room's choice: tap it."))
                    : keys ? _("Click or tap a choice, or press its number.")
                           : _("Tap a choice."),
                    x, y);
    y += uh_px(ui, UH_SP_3);
    size_t n = uh_run_nchoices(uh_ui_run(ui));
    for (size_t i = 0; i < n; i++) {
        y += uh_gui_choice(&ui->g, ID_CHOICE + (int)i, x, y, w, (int)i + 1, uh_run_choice_label(uh_ui_run(ui), i));
        y += uh_px(ui, UH_SP_3);
    }
    return y - top;
}

static void scene_draw(uh_ui *ui)
{
    const uh_scene *s = uh_run_scene(uh_ui_run(ui));
    const uh_scenario *sc = uh_run_scenario(uh_ui_run(ui));
    SDL_Rect body = uh_ui_body(ui);
    int y = uh_gui_scroll_begin(&ui->g, 0, body) + uh_px(ui, UH_SP_7);
    SDL_Rect col = uh_ui_column(ui, body, 1400);
    bool ongoing = s->channel == UH_CHANNEL_PHONE && state(ui)->prev_channel == UH_CHANNEL_PHONE &&
                   strcmp(state(ui)->prev_from, s->from_name ? s->from_name : "") == 0;
    int bottom;
    if (!ui->portrait && col.w > uh_px(ui, UH_OSK_MAX_W)) {
        /* Wide: the story on the left, what to do on the right. */
        int gap = uh_px(ui, UH_SP_8), lw = (col.w - gap) * 3 / 5, rw = col.w - gap - lw;
        int lh = uh_scene_view_channel(ui, s, uh_run_text(uh_ui_run(ui)), col.x, y, lw, ongoing);
        int rh = draw_choices(ui, s, col.x + lw + gap, y, rw);
        bottom = y + (lh > rh ? lh : rh);
    } else {
        /* Narrow or portrait: one column, what to do under the story. */
        int lh = uh_scene_view_channel(ui, s, uh_run_text(uh_ui_run(ui)), col.x, y, col.w, ongoing);
        int rh = draw_choices(ui, s, col.x, y + lh + uh_px(ui, UH_SP_7), col.w);
        bottom = y + lh + uh_px(ui, UH_SP_7) + rh;
    }
    uh_gui_scroll_end(&ui->g, bottom + uh_px(ui, UH_SP_8));
    uh_ui_header(ui, sc->title, true);
    if (state(ui)->flags_open)
        draw_flag_panel(ui);
    else if (state(ui)->leave_open)
        draw_leave_panel(ui);
}

const uh_screen_ops uh_scene_view_ops = {
    .state_size = sizeof(scene_state),
    .reset = scene_reset,
    .enter = scene_enter,
    .draw = scene_draw,
    .act = scene_act,
    .key = scene_key,
    .trace = scene_trace,
};
