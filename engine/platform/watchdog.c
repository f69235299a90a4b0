/* SPDX-License-Identifier: Apache-2.0 */
/* watchdog.c — sd_notify(3) from libsystemd, which handles the socket
 * (including abstract addresses) and does nothing without NOTIFY_SOCKET. */
#include "watchdog.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <systemd/sd-daemon.h>

bool uh_watchdog_ready(void)
{
    return sd_notify(0, "READY=1") > 0;
}

void uh_watchdog_ping(void)
{
    sd_notify(0, "WATCHDOG=1");
}

unsigned uh_watchdog_interval_ms(void)
{
    uint64_t usec = 0;
    /* Also checks WATCHDOG_PID, so a child process does not ping for us. */
    if (sd_watchdog_enabled(0, &usec) <= 0 || usec == 0)
        return 0;
    uint64_t ms = usec / 3000;
    if (ms < 1)
        ms = 1;
    return ms > UINT32_MAX ? UINT32_MAX : (unsigned)ms;
}

void uh_watchdog_status(const char *text)
{
    char msg[256];
    size_t n = strcspn(text ? text : "", "\n");
    snprintf(msg, sizeof msg, "STATUS=%.*s", (int)n, text ? text : "");
    sd_notify(0, msg);
}

void uh_watchdog_stopping(void)
{
    sd_notify(0, "STOPPING=1");
}
