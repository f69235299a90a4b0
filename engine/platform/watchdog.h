/* SPDX-License-Identifier: Apache-2.0 */
/* watchdog.h — telling systemd the kiosk is alive (sd_notify protocol).
 *
 * The kiosk runs as a Type=notify service with WatchdogSec (see
 * packaging/systemd/unhooked-kiosk.service): systemd restarts it when it
 * exits, and also when it stops pinging, which is how a hung event loop is
 * caught. Every function is a cheap no-op when the program was not started
 * by systemd (NOTIFY_SOCKET unset), so the windowed program calls them
 * unconditionally. No SDL here.
 *
 * Ping from the thread that runs the event loop, in response to a periodic
 * event (an SDL timer callback runs on another thread: let it push an event
 * and ping when the loop handles that event, or the ping proves nothing). */
#ifndef UH_WATCHDOG_H
#define UH_WATCHDOG_H

#include <stdbool.h>

/* Tells systemd start-up is complete (READY=1): call once the first screen
 * is drawn. Returns true when a supervisor was told, false when there is
 * none or the message could not be sent. */
bool uh_watchdog_ready(void);

/* Tells systemd the program is still alive (WATCHDOG=1). Call at least every
 * uh_watchdog_interval_ms milliseconds. */
void uh_watchdog_ping(void);

/* How often to ping, in milliseconds: a third of the service's WatchdogSec,
 * leaving room for a late timer on a busy machine; 0 when no watchdog is
 * set for this process (then there is no need for a timer at all). */
unsigned uh_watchdog_interval_ms(void);

/* One line for `systemctl status` (STATUS=...), e.g. "menu", "scenario
 * paid-paper", "admin screen". text must not contain a newline. */
void uh_watchdog_status(const char *text);

/* Tells systemd the program is shutting down on purpose (STOPPING=1), e.g.
 * after the admin chose "quit", so the exit is not mistaken for a hang. */
void uh_watchdog_stopping(void);

#endif
