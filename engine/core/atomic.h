/* SPDX-License-Identifier: Apache-2.0 */
/* atomic.h — replacing a small file so that a crash leaves the old or the
 * new contents, never a mix.
 *
 * The data goes to a temporary file beside the target, is fsync'd, renamed
 * over the target, and the folder is fsync'd so the new name survives power
 * loss too. Used for the admin PIN's lockout state, the resume files and by
 * `unhooked set-pin` and `migrate-config` for the configuration file.
 *
 * Part of the base floor (see docs/architecture.md): atomic writes stand on
 * the allocators, the error records and util's uh_dirname; nothing in the
 * floor imports them. */
#ifndef UH_ATOMIC_H
#define UH_ATOMIC_H

#include <stddef.h>
#include <sys/types.h>

#include "error.h"

/* Replaces the file at path with len bytes of data. An existing file keeps
 * its permission bits and, where the process may set them, its owner and
 * group; a symbolic link is followed and its target replaced. A new file
 * gets exactly new_mode (the umask does not apply) and the group of the
 * folder it is created in, so a file created in a folder shared with a
 * service's group stays readable by that service. The folder must exist.
 * Returns 0, or -1 with err naming path; on failure the old file is
 * untouched and no temporary file is left behind. */
int uh_atomic_write(const char *path, const void *data, size_t len, mode_t new_mode,
                    uh_error *err);

#endif
