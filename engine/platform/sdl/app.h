/* SPDX-License-Identifier: Apache-2.0 */
/* app.h — the windowed program (kiosk, self-paced, facilitator): the SDL
 * shell that turns SDL events into plain input for the ui and presents
 * what it draws. */
#ifndef UH_APP_H
#define UH_APP_H

/* Runs the window with argv as given to main (options such as --kiosk,
 * --facilitate, --config, --db, --size); returns the exit status. */
int uh_app_main(int argc, char **argv);

#endif
