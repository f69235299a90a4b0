/* SPDX-License-Identifier: Apache-2.0 */
/* make_dataset.c — `uh_make_dataset DB`: writes the test data set
 * (dataset.h) into a results store, for looking at reports by hand and for
 * the xAPI validation test. */
#include <stdio.h>

#include "dataset.h"

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: uh_make_dataset DB\n");
        return 2;
    }
    uh_error err;
    char buf[1400];
    uh_store *st = uh_store_open(argv[1], &err);
    if (!st || uh_test_dataset(st, &err)) {
        fprintf(stderr, "uh_make_dataset: %s\n", uh_error_format(&err, buf, sizeof buf));
        uh_store_close(st);
        return 1;
    }
    uh_store_close(st);
    return 0;
}
