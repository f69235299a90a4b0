/* SPDX-License-Identifier: Apache-2.0 */
/* illustration.c — in-person places drawn in code (see illustration.h). */
#include "../core/i18n.h"
#include "illustration.h"

#include <ctype.h>
#include <string.h>

#include "theme.h"

/* ---------------------------------------------------------------------
 * Which place
 * ------------------------------------------------------------------- */

/* Scene ids that name their place. */
static const struct {
    const char *id;
    uh_setting s;
} by_id[] = {
    {"booth", UH_SETTING_BOOTH},     {"airport", UH_SETTING_AIRPORT},   {"arrival", UH_SETTING_AIRPORT},
    {"banquet", UH_SETTING_BANQUET}, {"talk", UH_SETTING_BANQUET},      {"dinner", UH_SETTING_DINNER},
    {"bar", UH_SETTING_HOTEL_BAR},   {"lounge", UH_SETTING_HOTEL_BAR},  {"meeting", UH_SETTING_MEETING},
    {"coffee", UH_SETTING_CAFE},     {"cafe", UH_SETTING_CAFE},
};

/* Rules for the text, most telling first: the first whose word appears wins.
 * Words match at word starts ("bar" is not "barely"), in lower case. */
static const struct {
    uh_setting s;
    const char *words[8];
} by_text[] = {
    {UH_SETTING_BOOTH, {"booth", "trade fair", "exhibition", "stand at the fair"}},
    {UH_SETTING_AIRPORT, {"airport", "passport", "arrivals", "customs", "border control", "boarding"}},
    {UH_SETTING_BANQUET, {"banquet", "podium", "forum banner", "your talk", "keynote", "conference hall", "ballroom"}},
    {UH_SETTING_HOTEL_BAR, {"hotel bar", "bar ", "bar.", "bar,", "lounge", "nightcap", "reception", "hotel"}},
    {UH_SETTING_MEETING, {"meeting table", "meeting room", "office", "whiteboard", "workshop"}},
    {UH_SETTING_DINNER, {"dinner", "restaurant", "dessert", "table"}},
    {UH_SETTING_CAFE, {"coffee", "caf\xC3\xA9", "cafe"}},
};

/* True when word appears in the lower-cased text at the start of a word. */
static bool has_word(const char *lower, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = strstr(lower, word); p; p = strstr(p + 1, word))
        if (n > 0 && (p == lower || !isalpha((unsigned char)p[-1])))
            return true;
    return false;
}

uh_setting uh_setting_of(const char *scene_id, const char *text)
{
    for (size_t i = 0; scene_id && i < sizeof by_id / sizeof *by_id; i++)
        if (strcmp(scene_id, by_id[i].id) == 0)
            return by_id[i].s;
    if (!text)
        return UH_SETTING_CAFE;
    char lower[2048];
    size_t n = 0;
    for (; text[n] && n + 1 < sizeof lower; n++)
        lower[n] = (char)tolower((unsigned char)text[n]);
    lower[n] = 0;
    for (size_t i = 0; i < sizeof by_text / sizeof *by_text; i++)
        for (int j = 0; j < 8 && by_text[i].words[j]; j++)
            if (has_word(lower, by_text[i].words[j]))
                return by_text[i].s;
    return UH_SETTING_CAFE;
}

const char *uh_setting_label(uh_setting s)
{
    static const char *const labels[UH_SETTING_COUNT] = {
        [UH_SETTING_CAFE] = N_("In person \xC2\xB7 over coffee"),
        [UH_SETTING_BOOTH] = N_("In person \xC2\xB7 at the booth"),
        [UH_SETTING_AIRPORT] = N_("In person \xC2\xB7 at the airport"),
        [UH_SETTING_BANQUET] = N_("In person \xC2\xB7 at the event"),
        [UH_SETTING_DINNER] = N_("In person \xC2\xB7 at dinner"),
        [UH_SETTING_HOTEL_BAR] = N_("In person \xC2\xB7 at the hotel"),
        [UH_SETTING_MEETING] = N_("In person \xC2\xB7 in a meeting"),
    };
    return _(s < UH_SETTING_COUNT ? labels[s] : labels[UH_SETTING_CAFE]);
}

/* ---------------------------------------------------------------------
 * Drawing
 * ------------------------------------------------------------------- */

/* The pictures' own palette: art, not text, so it lives here rather than in
 * the theme (no text is drawn on it but the badge, whose pill is opaque). */
static const SDL_Color
    cafe_top = {0xF4, 0xC9, 0x8E, 255}, cafe_bottom = {0xE0, 0x8E, 0x6B, 255},
    wood = {0x7A, 0x4E, 0x36, 255}, wood_edge = {0x93, 0x63, 0x46, 255},
    skyline = {0x8A, 0x4B, 0x3C, 70}, glass = {255, 255, 255, 90}, white = {255, 255, 255, 255},
    hall_top = {0xDD, 0xE6, 0xF0, 255}, hall_bottom = {0xB9, 0xC7, 0xD8, 255}, truss = {0x8C, 0x99, 0xAB, 255},
    booth_wall = {0x25, 0x5F, 0xE0, 255}, booth_stripe = {0x9F, 0xC0, 0xFF, 255}, counter = {0xF7, 0xF8, 0xFA, 255},
    counter_edge = {0xC9, 0xD2, 0xDE, 255}, floor_grey = {0x9A, 0xA6, 0xB6, 255},
    sky_top = {0xBF, 0xDD, 0xF5, 255}, sky_bottom = {0xE8, 0xF3, 0xFB, 255}, frame = {0x5B, 0x67, 0x7A, 255},
    plane = {0xF4, 0xF7, 0xFB, 255}, board = {0x1E, 0x26, 0x33, 255}, board_text = {0xF5, 0xC5, 0x42, 255},
    desk = {0x6E, 0x7B, 0x8E, 255}, desk_top = {0x8A, 0x96, 0xA8, 255},
    hall_red_top = {0x5A, 0x1F, 0x2E, 255}, hall_red_bottom = {0x8C, 0x34, 0x3F, 255},
    gold = {0xE8, 0xC1, 0x6A, 255}, cloth = {0xF6, 0xF1, 0xE7, 255}, banner = {0x1F, 0x3B, 0x6E, 255},
    dine_top = {0x3B, 0x2A, 0x24, 255}, dine_bottom = {0x6B, 0x45, 0x35, 255}, flame = {0xFF, 0xC8, 0x57, 255},
    wine = {0x8E, 0x1F, 0x3A, 255}, picture = {0xC9, 0x9A, 0x5B, 255},
    bar_top = {0x1B, 0x1F, 0x3D, 255}, bar_bottom = {0x3A, 0x2C, 0x52, 255}, shelf = {0x5A, 0x42, 0x36, 255},
    lamp = {0xFF, 0xD9, 0x8A, 255}, stool = {0x2A, 0x2A, 0x33, 255},
    office_top = {0xF2, 0xF4, 0xF7, 255}, office_bottom = {0xDC, 0xE2, 0xEA, 255}, blind = {0xE4, 0xE8, 0xEE, 255},
    board_white = {0xFF, 0xFF, 0xFF, 255}, marker = {0x25, 0x5F, 0xE0, 255}, table_grey = {0xB0, 0xB8, 0xC4, 255},
    laptop = {0x44, 0x4C, 0x59, 255};

static const SDL_Color bottles[] = {
    {0x3E, 0x8E, 0x5A, 255}, {0xC2, 0x8B, 0x2C, 255}, {0x7A, 0x2E, 0x3A, 255},
    {0x9C, 0xB8, 0xC9, 255}, {0xD9, 0xA4, 0x41, 255}, {0x4B, 0x5E, 0x8C, 255},
};
static const SDL_Color skins[] = {
    {0x6B, 0x4A, 0x3F, 255}, {0xC6, 0x8E, 0x6A, 255}, {0x8D, 0x5B, 0x3E, 255}, {0xE1, 0xB1, 0x8E, 255},
};

typedef struct pen {
    uh_draw *d;
    SDL_Rect r;
    float s;
} pen;

static int P(const pen *p, float v) { return (int)(v * p->s + 0.5f); }
static int X(const pen *p, float frac) { return p->r.x + (int)(p->r.w * frac); }
static int B(const pen *p, float v) { return p->r.y + p->r.h - P(p, v); } /* v up from the bottom */

/* The other person: shoulders and head, standing or seated at (cx, the
 * line `base` units above the bottom). */
static void person(const pen *p, int cx, float base, SDL_Color c, SDL_Color skin)
{
    uh_draw_round(p->d, (SDL_Rect){cx - P(p, 56), B(p, base + 84), P(p, 112), P(p, 120)}, P(p, 44), c);
    uh_draw_disc(p->d, cx, B(p, base + 106), P(p, 28), skin);
}

static void cafe(const pen *p, SDL_Color who, SDL_Color skin, uint32_t seed)
{
    uh_draw_gradient(p->d, p->r, cafe_top, cafe_bottom);
    int wx = X(p, 0.125f), ww = p->r.w / 4, top = p->r.y + p->r.h / 6, wh = p->r.h / 2;
    uh_draw_round(p->d, (SDL_Rect){wx, top, ww, wh}, P(p, 6), glass);
    for (int i = 0; i < 5; i++) { /* the city through the window */
        int bh = p->r.h / 8 + (int)((seed >> (i * 3)) % 5) * p->r.h / 24;
        uh_draw_rect(p->d, (SDL_Rect){wx + i * ww / 5 + P(p, 3), top + wh - bh, ww / 5 - P(p, 6), bh}, skyline);
    }
    int cx = X(p, 0.6f);
    person(p, cx, 0, who, skin);
    uh_draw_rect(p->d, (SDL_Rect){p->r.x, B(p, 26), p->r.w, P(p, 26)}, wood);
    uh_draw_rect(p->d, (SDL_Rect){p->r.x, B(p, 26), p->r.w, P(p, 4)}, wood_edge);
    uh_draw_round(p->d, (SDL_Rect){cx - P(p, 90), B(p, 44), P(p, 22), P(p, 20)}, P(p, 4), white);
    uh_draw_round(p->d, (SDL_Rect){cx + P(p, 70), B(p, 44), P(p, 22), P(p, 20)}, P(p, 4), white);
}

static void booth(const pen *p, SDL_Color who, SDL_Color skin, uint32_t seed)
{
    (void)seed;
    uh_draw_gradient(p->d, p->r, hall_top, hall_bottom);
    /* The hall's roof truss. */
    for (int i = 0; i < 12; i++) {
        int x = p->r.x + i * p->r.w / 11;
        uh_draw_line(p->d, (float)x, (float)p->r.y + P(p, 6), (float)(x + p->r.w / 22), (float)p->r.y + P(p, 22),
                     (float)P(p, 2), truss);
    }
    uh_draw_rect(p->d, (SDL_Rect){p->r.x, p->r.y + P(p, 4), p->r.w, P(p, 3)}, truss);
    /* The booth's back wall with the company's stripe, and a roll-up banner. */
    int wx = X(p, 0.32f), ww = p->r.w * 52 / 100;
    uh_draw_rect(p->d, (SDL_Rect){wx, p->r.y + P(p, 34), ww, p->r.h - P(p, 34)}, booth_wall);
    uh_draw_rect(p->d, (SDL_Rect){wx, p->r.y + P(p, 52), ww, P(p, 10)}, booth_stripe);
    uh_draw_disc(p->d, wx + ww - P(p, 40), p->r.y + P(p, 86), P(p, 18), booth_stripe);
    int bx = X(p, 0.1f);
    uh_draw_rect(p->d, (SDL_Rect){bx, p->r.y + P(p, 40), P(p, 56), p->r.h - P(p, 40)}, counter);
    uh_draw_rect(p->d, (SDL_Rect){bx + P(p, 8), p->r.y + P(p, 56), P(p, 40), P(p, 8)}, booth_wall);
    uh_draw_rect(p->d, (SDL_Rect){bx + P(p, 8), p->r.y + P(p, 72), P(p, 28), P(p, 6)}, truss);
    /* The visitor in front of the counter. */
    int cx = X(p, 0.58f);
    person(p, cx, 0, who, skin);
    uh_draw_rect(p->d, (SDL_Rect){p->r.x, B(p, 14), p->r.w, P(p, 14)}, floor_grey);
    uh_draw_rect(p->d, (SDL_Rect){X(p, 0.74f), B(p, 62), p->r.w / 5, P(p, 62)}, counter);
    uh_draw_rect(p->d, (SDL_Rect){X(p, 0.74f), B(p, 62), p->r.w / 5, P(p, 6)}, counter_edge);
}

static void airport(const pen *p, SDL_Color who, SDL_Color skin, uint32_t seed)
{
    (void)seed;
    uh_draw_gradient(p->d, p->r, sky_top, sky_bottom);
    /* A tall window with a plane going by, mullions across it. */
    int wx = X(p, 0.05f), ww = p->r.w * 45 / 100, top = p->r.y + P(p, 20), wh = p->r.h - P(p, 54);
    float px = (float)(wx + ww * 0.45f), py = (float)(top + wh * 0.45f), L = (float)P(p, 60);
    uh_draw_line(p->d, px - L, py + L * 0.2f, px + L, py - L * 0.2f, (float)P(p, 9), plane);
    uh_draw_triangle(p->d, px - L * 0.1f, py, px + L * 0.25f, py - L * 0.05f, px - L * 0.35f, py + L * 0.55f, plane);
    uh_draw_triangle(p->d, px - L * 0.1f, py, px + L * 0.25f, py - L * 0.05f, px + L * 0.05f, py - L * 0.5f, plane);
    uh_draw_triangle(p->d, px - L, py + L * 0.2f, px - L * 0.8f, py + L * 0.15f, px - L * 1.05f, py - L * 0.15f, plane);
    for (int i = 0; i <= 4; i++)
        uh_draw_rect(p->d, (SDL_Rect){wx + i * ww / 4 - P(p, 2), top, P(p, 4), wh}, frame);
    uh_draw_rect(p->d, (SDL_Rect){wx, top + wh / 2, ww, P(p, 3)}, frame);
    /* The departures board. */
    int bx = X(p, 0.56f), bw = p->r.w * 38 / 100;
    uh_draw_round(p->d, (SDL_Rect){bx, top, bw, P(p, 52)}, P(p, 4), board);
    for (int i = 0; i < 3; i++) {
        uh_draw_rect(p->d, (SDL_Rect){bx + P(p, 10), top + P(p, 9) + i * P(p, 14), bw / 3, P(p, 6)}, board_text);
        uh_draw_rect(p->d, (SDL_Rect){bx + bw / 2, top + P(p, 9) + i * P(p, 14), bw / 3, P(p, 6)}, white);
    }
    /* The officer behind the passport desk. */
    int cx = X(p, 0.7f);
    person(p, cx, 20, who, skin);
    uh_draw_rect(p->d, (SDL_Rect){cx - P(p, 110), B(p, 48), P(p, 220), P(p, 48)}, desk);
    uh_draw_rect(p->d, (SDL_Rect){cx - P(p, 118), B(p, 52), P(p, 236), P(p, 8)}, desk_top);
    uh_draw_rect(p->d, (SDL_Rect){p->r.x, B(p, 8), p->r.w, P(p, 8)}, frame);
}

static void banquet(const pen *p, SDL_Color who, SDL_Color skin, uint32_t seed)
{
    (void)seed;
    uh_draw_gradient(p->d, p->r, hall_red_top, hall_red_bottom);
    /* Chandeliers. */
    for (int i = 0; i < 3; i++) {
        int cx = X(p, 0.2f + 0.3f * i), cy = p->r.y + P(p, 26);
        uh_draw_line(p->d, (float)cx, (float)p->r.y, (float)cx, (float)cy, (float)P(p, 2), gold);
        for (int k = -2; k <= 2; k++)
            uh_draw_disc(p->d, cx + k * P(p, 10), cy + (k == 0 ? P(p, 4) : 0), P(p, 4), gold);
    }
    /* The event's banner behind the podium. */
    int bx = X(p, 0.08f), bw = p->r.w / 3;
    uh_draw_rect(p->d, (SDL_Rect){bx, p->r.y + P(p, 44), bw, P(p, 70)}, banner);
    uh_draw_rect(p->d, (SDL_Rect){bx + P(p, 12), p->r.y + P(p, 60), bw - P(p, 24), P(p, 8)}, gold);
    uh_draw_rect(p->d, (SDL_Rect){bx + P(p, 12), p->r.y + P(p, 76), bw / 2, P(p, 6)}, cloth);
    /* The host, a glass raised, and round tables in white cloth. */
    int cx = X(p, 0.62f);
    person(p, cx, 0, who, skin);
    uh_draw_triangle(p->d, (float)(cx + P(p, 52)), (float)B(p, 96), (float)(cx + P(p, 68)), (float)B(p, 96),
                     (float)(cx + P(p, 60)), (float)B(p, 80), cloth);
    uh_draw_line(p->d, (float)(cx + P(p, 60)), (float)B(p, 80), (float)(cx + P(p, 60)), (float)B(p, 66),
                 (float)P(p, 2), cloth);
    for (int i = 0; i < 3; i++) {
        int tx = X(p, 0.12f + 0.38f * i);
        uh_draw_round(p->d, (SDL_Rect){tx - P(p, 70), B(p, 30), P(p, 140), P(p, 30)}, P(p, 14), cloth);
        uh_draw_disc(p->d, tx - P(p, 20), B(p, 30), P(p, 5), gold);
        uh_draw_disc(p->d, tx + P(p, 20), B(p, 30), P(p, 5), gold);
    }
}

static void dinner(const pen *p, SDL_Color who, SDL_Color skin, uint32_t seed)
{
    (void)seed;
    uh_draw_gradient(p->d, p->r, dine_top, dine_bottom);
    /* A framed picture and a warm wall lamp. */
    int fx = X(p, 0.12f);
    uh_draw_rect(p->d, (SDL_Rect){fx, p->r.y + P(p, 24), P(p, 96), P(p, 66)}, gold);
    uh_draw_rect(p->d, (SDL_Rect){fx + P(p, 6), p->r.y + P(p, 30), P(p, 84), P(p, 54)}, picture);
    uh_draw_triangle(p->d, (float)(fx + P(p, 6)), (float)(p->r.y + P(p, 84)), (float)(fx + P(p, 48)),
                     (float)(p->r.y + P(p, 46)), (float)(fx + P(p, 90)), (float)(p->r.y + P(p, 84)), wood);
    uh_draw_disc(p->d, X(p, 0.88f), p->r.y + P(p, 40), P(p, 26), UH_C_LAMP_GLOW);
    uh_draw_disc(p->d, X(p, 0.88f), p->r.y + P(p, 40), P(p, 8), lamp);
    int cx = X(p, 0.56f);
    person(p, cx, 10, who, skin);
    /* The table: cloth, plates, a candle and two glasses of wine. */
    uh_draw_rect(p->d, (SDL_Rect){p->r.x, B(p, 30), p->r.w, P(p, 30)}, cloth);
    uh_draw_round(p->d, (SDL_Rect){cx - P(p, 40), B(p, 34), P(p, 80), P(p, 12)}, P(p, 6), white);
    int kx = cx - P(p, 120);
    uh_draw_rect(p->d, (SDL_Rect){kx - P(p, 4), B(p, 62), P(p, 8), P(p, 30)}, white);
    uh_draw_disc(p->d, kx, B(p, 68), P(p, 5), flame);
    for (int i = 0; i < 2; i++) {
        int gx = cx + P(p, 80 + 36 * i);
        uh_draw_triangle(p->d, (float)(gx - P(p, 9)), (float)B(p, 66), (float)(gx + P(p, 9)), (float)B(p, 66),
                         (float)gx, (float)B(p, 50), wine);
        uh_draw_line(p->d, (float)gx, (float)B(p, 50), (float)gx, (float)B(p, 32), (float)P(p, 2), white);
    }
}

static void hotel_bar(const pen *p, SDL_Color who, SDL_Color skin, uint32_t seed)
{
    uh_draw_gradient(p->d, p->r, bar_top, bar_bottom);
    /* Shelves of bottles behind the bar, in colours from the seed. */
    int sx = X(p, 0.04f), sw = p->r.w * 44 / 100;
    for (int row = 0; row < 2; row++) {
        int sy = p->r.y + P(p, 30 + 40 * row);
        uh_draw_rect(p->d, (SDL_Rect){sx, sy + P(p, 30), sw, P(p, 4)}, shelf);
        for (int i = 0; i < 9; i++) {
            SDL_Color c = bottles[(seed >> ((i + row * 9) % 28)) % (sizeof bottles / sizeof *bottles)];
            int bh = P(p, 18 + (int)((seed >> (i * 2)) % 3) * 4);
            uh_draw_round(p->d, (SDL_Rect){sx + P(p, 8) + i * sw / 9, sy + P(p, 30) - bh, P(p, 12), bh}, P(p, 3), c);
        }
    }
    /* Pendant lamps. */
    for (int i = 0; i < 3; i++) {
        int lx = X(p, 0.55f + 0.15f * i);
        uh_draw_line(p->d, (float)lx, (float)p->r.y, (float)lx, (float)(p->r.y + P(p, 30)), (float)P(p, 2), shelf);
        uh_draw_disc(p->d, lx, p->r.y + P(p, 36), P(p, 22), uh_theme_alpha(UH_C_LAMP_GLOW, 30));
        uh_draw_disc(p->d, lx, p->r.y + P(p, 36), P(p, 8), lamp);
    }
    /* The other guest on a stool at the counter. */
    int cx = X(p, 0.66f);
    person(p, cx, 30, who, skin);
    uh_draw_rect(p->d, (SDL_Rect){p->r.x, B(p, 40), p->r.w, P(p, 40)}, wood);
    uh_draw_rect(p->d, (SDL_Rect){p->r.x, B(p, 40), p->r.w, P(p, 5)}, wood_edge);
    for (int i = 0; i < 3; i++)
        uh_draw_round(p->d, (SDL_Rect){X(p, 0.2f + 0.3f * i) - P(p, 16), B(p, 14), P(p, 32), P(p, 10)}, P(p, 5), stool);
    int gx = cx - P(p, 80);
    uh_draw_triangle(p->d, (float)(gx - P(p, 10)), (float)B(p, 64), (float)(gx + P(p, 10)), (float)B(p, 64),
                     (float)gx, (float)B(p, 50), lamp);
    uh_draw_line(p->d, (float)gx, (float)B(p, 50), (float)gx, (float)B(p, 40), (float)P(p, 2), white);
}

static void meeting(const pen *p, SDL_Color who, SDL_Color skin, uint32_t seed)
{
    (void)seed;
    uh_draw_gradient(p->d, p->r, office_top, office_bottom);
    /* A window with blinds and a whiteboard with a chart. */
    int wx = X(p, 0.06f), ww = p->r.w / 4;
    for (int i = 0; i < 7; i++)
        uh_draw_rect(p->d, (SDL_Rect){wx, p->r.y + P(p, 18) + i * P(p, 12), ww, P(p, 8)}, blind);
    int bx = X(p, 0.38f), bw = p->r.w / 4;
    uh_draw_rect(p->d, (SDL_Rect){bx, p->r.y + P(p, 18), bw, P(p, 70)}, board_white);
    uh_draw_rect(p->d, (SDL_Rect){bx, p->r.y + P(p, 18), bw, P(p, 3)}, table_grey);
    for (int i = 0; i < 4; i++)
        uh_draw_rect(p->d, (SDL_Rect){bx + P(p, 14) + i * P(p, 22), p->r.y + P(p, 74) - P(p, 12 + 10 * i), P(p, 14),
                                      P(p, 12 + 10 * i)}, marker);
    int cx = X(p, 0.74f);
    person(p, cx, 10, who, skin);
    /* The table with a laptop and the USB stick held out. */
    uh_draw_rect(p->d, (SDL_Rect){p->r.x, B(p, 28), p->r.w, P(p, 28)}, table_grey);
    int lx = X(p, 0.3f);
    uh_draw_rect(p->d, (SDL_Rect){lx, B(p, 62), P(p, 60), P(p, 34)}, laptop);
    uh_draw_rect(p->d, (SDL_Rect){lx - P(p, 8), B(p, 30), P(p, 76), P(p, 4)}, laptop);
    uh_draw_round(p->d, (SDL_Rect){cx - P(p, 86), B(p, 70), P(p, 26), P(p, 10)}, P(p, 3), marker);
}

void uh_illustration_draw(uh_draw *d, uh_setting s, SDL_Rect r, float scale, SDL_Color who, uint32_t seed)
{
    pen p = {d, r, scale};
    SDL_Color skin = skins[(unsigned)(who.r + who.g + who.b) % (sizeof skins / sizeof *skins)]; /* one per person */
    switch (s) {
    case UH_SETTING_BOOTH: booth(&p, who, skin, seed); break;
    case UH_SETTING_AIRPORT: airport(&p, who, skin, seed); break;
    case UH_SETTING_BANQUET: banquet(&p, who, skin, seed); break;
    case UH_SETTING_DINNER: dinner(&p, who, skin, seed); break;
    case UH_SETTING_HOTEL_BAR: hotel_bar(&p, who, skin, seed); break;
    case UH_SETTING_MEETING: meeting(&p, who, skin, seed); break;
    case UH_SETTING_CAFE:
    default: cafe(&p, who, skin, seed); break;
    }
}
