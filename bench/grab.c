/* SPDX-License-Identifier: Apache-2.0 */
/* grab.c — bench/run's eye on the screen: grabs the X root window as fast
 * as it can (MIT-SHM when the server has it) for SECONDS and prints a line
 * "TIME HASH" (wall-clock seconds, a 64-bit hash of the pixels) each time
 * the picture changes, after a first line "ready". bench/run compares the
 * hashes with the last one, the settled screen, to tell when a program's
 * first screen was final.
 *
 *   grab SECONDS */
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XShm.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <time.h>

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static uint64_t hash(const XImage *im)
{
    uint64_t h = 1469598103934665603ull;
    for (int y = 0; y < im->height; y++) {
        const uint64_t *row = (const uint64_t *)(im->data + (size_t)y * im->bytes_per_line);
        for (int x = 0; x < im->width * (im->bits_per_pixel / 8) / 8; x++)
            h = (h ^ row[x]) * 1099511628211ull;
    }
    return h;
}

int main(int argc, char **argv)
{
    double seconds = argc > 1 ? atof(argv[1]) : 3;
    Display *dpy = XOpenDisplay(NULL);
    if (!dpy) {
        fprintf(stderr, "grab: cannot open the display\n");
        return 1;
    }
    int scr = DefaultScreen(dpy);
    Window root = RootWindow(dpy, scr);
    int w = DisplayWidth(dpy, scr), h = DisplayHeight(dpy, scr);
    XShmSegmentInfo shm = {0};
    XImage *im = NULL;
    if (XShmQueryExtension(dpy)) {
        im = XShmCreateImage(dpy, DefaultVisual(dpy, scr), (unsigned)DefaultDepth(dpy, scr), ZPixmap, NULL, &shm,
                             (unsigned)w, (unsigned)h);
        shm.shmid = shmget(IPC_PRIVATE, (size_t)im->bytes_per_line * im->height, IPC_CREAT | 0600);
        shm.shmaddr = im->data = shmat(shm.shmid, NULL, 0);
        shm.readOnly = False;
        XShmAttach(dpy, &shm);
        XSync(dpy, False);
        shmctl(shm.shmid, IPC_RMID, NULL);
    }
    printf("ready\n");
    fflush(stdout);
    double end = now_s() + seconds;
    uint64_t last = 0;
    while (now_s() < end) {
        /* The time is taken once the picture is in: it was on the screen
         * by then (an upper bound by the length of one grab). */
        double t;
        uint64_t hv;
        if (im) {
            XShmGetImage(dpy, root, im, 0, 0, AllPlanes);
            t = now_s();
            hv = hash(im);
        } else {
            XImage *g = XGetImage(dpy, root, 0, 0, (unsigned)w, (unsigned)h, AllPlanes, ZPixmap);
            t = now_s();
            hv = hash(g);
            XDestroyImage(g);
        }
        if (hv != last) {
            printf("%.6f %016llx\n", t, (unsigned long long)hv);
            fflush(stdout);
            last = hv;
        }
    }
    if (im) {
        XShmDetach(dpy, &shm);
        shmdt(shm.shmaddr);
    }
    XCloseDisplay(dpy);
    return 0;
}
