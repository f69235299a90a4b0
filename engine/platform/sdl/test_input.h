/* SPDX-License-Identifier: Apache-2.0 */
/* test_input.h — finger input for the UI tests (UNHOOKED_TEST_INPUT).
 *
 * X test tools (xdotool, XTest) can only move a mouse and press keys, and
 * Xvfb has no touch screen. So that the tests can touch the program the way
 * a kiosk's screen does, the shell can read finger events from a named pipe
 * and post them as SDL finger events, which then take exactly the path a
 * real touch screen's events take (the shell's conversion, the screens'
 * touch handling, the corner gesture). One event per line:
 *
 *     down|move|up FINGER X Y
 *
 * FINGER is a small integer, X and Y are fractions (0..1) of the window's
 * width and height, as SDL reports touches. Lines that do not parse are
 * ignored. Only the tests set the variable; the kiosk's service does not. */
#ifndef UH_TEST_INPUT_H
#define UH_TEST_INPUT_H

#include <SDL.h>

/* Starts a thread that reads path (a FIFO; reopened after each writer
 * closes it) and pushes the events for the window with id window_id.
 * Returns 0, or -1 when the thread cannot start. */
int uh_test_input_start(const char *path, Uint32 window_id);

#endif
