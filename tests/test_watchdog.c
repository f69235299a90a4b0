/* SPDX-License-Identifier: Apache-2.0 */
/* test_watchdog.c — the sd_notify messages the kiosk sends, received on a
 * socket standing in for systemd, and silence when there is no systemd. */
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "platform/watchdog.h"
#include "store/tmpdir.h"
#include "testing.h"

static int sock = -1;

/* The next datagram, or "" when none arrives within the timeout. */
static const char *next_message(void)
{
    static char buf[512];
    ssize_t n = recv(sock, buf, sizeof buf - 1, 0);
    buf[n > 0 ? n : 0] = '\0';
    return buf;
}

TEST(nothing_is_sent_without_systemd)
{
    unsetenv("NOTIFY_SOCKET");
    unsetenv("WATCHDOG_USEC");
    unsetenv("WATCHDOG_PID");
    CHECK(!uh_watchdog_ready());
    uh_watchdog_ping();
    uh_watchdog_status("menu");
    uh_watchdog_stopping();
    CHECK(uh_watchdog_interval_ms() == 0);
}

TEST(ready_ping_status_and_stopping_reach_systemd)
{
    struct sockaddr_un addr = {.sun_family = AF_UNIX};
    snprintf(addr.sun_path, sizeof addr.sun_path, "%s", uh_tmp("notify"));
    sock = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    CHECK(sock >= 0);
    CHECK(bind(sock, (struct sockaddr *)&addr, sizeof addr) == 0);
    struct timeval tv = {.tv_sec = 2};
    setsockopt(sock, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    setenv("NOTIFY_SOCKET", addr.sun_path, 1);

    const char *m;
    CHECK(uh_watchdog_ready());
    m = next_message();
    CHECK_STR(m, "READY=1");
    uh_watchdog_ping();
    m = next_message();
    CHECK_STR(m, "WATCHDOG=1");
    uh_watchdog_status("scenario paid-paper\nsecond line dropped");
    m = next_message();
    CHECK_STR(m, "STATUS=scenario paid-paper");
    uh_watchdog_stopping();
    m = next_message();
    CHECK_STR(m, "STOPPING=1");
    close(sock);
}

TEST(the_interval_is_a_third_of_watchdog_sec)
{
    char pid[32];
    snprintf(pid, sizeof pid, "%ld", (long)getpid());
    setenv("WATCHDOG_USEC", "30000000", 1);
    setenv("WATCHDOG_PID", pid, 1);
    CHECK(uh_watchdog_interval_ms() == 10000);
    /* Set for another process (a parent that forked us): not ours. */
    setenv("WATCHDOG_PID", "1", 1);
    CHECK(uh_watchdog_interval_ms() == 0);
    unsetenv("WATCHDOG_PID");
    CHECK(uh_watchdog_interval_ms() == 10000);
    unsetenv("WATCHDOG_USEC");
    CHECK(uh_watchdog_interval_ms() == 0);
}

int main(void)
{
    RUN(nothing_is_sent_without_systemd);
    RUN(ready_ping_status_and_stopping_reach_systemd);
    RUN(the_interval_is_a_third_of_watchdog_sec);
    TEST_END();
}
