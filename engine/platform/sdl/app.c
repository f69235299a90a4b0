/* app.c — placeholder window until the trainee screens land. */
#include <SDL.h>

#include "../../cli/commands.h"

int uh_app_main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        SDL_Log("unhooked: cannot start video: %s", SDL_GetError());
        return 1;
    }
    SDL_Window *w = SDL_CreateWindow("Unhooked", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                     1280, 720, 0);
    SDL_Renderer *r = SDL_CreateRenderer(w, -1, 0);
    for (SDL_Event e; SDL_WaitEvent(&e) && e.type != SDL_QUIT;) {
        SDL_SetRenderDrawColor(r, 20, 30, 48, 255);
        SDL_RenderClear(r);
        SDL_RenderPresent(r);
    }
    SDL_DestroyRenderer(r);
    SDL_DestroyWindow(w);
    SDL_Quit();
    return 0;
}
