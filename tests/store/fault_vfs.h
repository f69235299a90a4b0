/* SPDX-License-Identifier: Apache-2.0 */
/* fault_vfs.h — a SQLite VFS over the default one that fails on request,
 * for tests of what the store does when the disk, not the file, is at
 * fault: a full disk, a shared-memory index that cannot be grown or
 * opened, a file that cannot be opened or read, and a read that returns
 * garbage once (a flaky cable, not a damaged file).
 *
 * fault_vfs_install() makes it the default VFS, so the store uses it
 * without knowing; set the fields of `fault` to arm a failure and
 * fault_reset() to disarm them all. Only the test programs include this. */
#ifndef UH_TEST_FAULT_VFS_H
#define UH_TEST_FAULT_VFS_H

#include <sqlite3.h>
#include <stdbool.h>
#include <string.h>

static struct {
    bool full;          /* every write fails with SQLITE_FULL (ENOSPC) */
    int shm;            /* xShmMap fails with this code (0 = works) */
    bool cantopen;      /* opening a main database file fails (EACCES) */
    bool read_error;    /* reading a main database file fails (EIO) */
    bool garble_next;   /* the next main database file opened reads
                           garbage past its first page; others read well */
    int opens, writes;  /* counters, for the tests to see the VFS is used */
} fault;

static void fault_reset(void)
{
    memset(&fault, 0, sizeof fault);
}

typedef struct fault_file {
    sqlite3_file base;
    sqlite3_file *real;  /* the default VFS's file, right after this struct */
    bool main_db, garbled;
} fault_file;

static sqlite3_vfs *fault_real_vfs;
static sqlite3_vfs fault_vfs;

#define REAL(f) (((fault_file *)(f))->real)

static int fault_close(sqlite3_file *f)
{
    int rc = REAL(f)->pMethods->xClose(REAL(f));
    return rc;
}

static int fault_read(sqlite3_file *f, void *buf, int amt, sqlite3_int64 off)
{
    fault_file *ff = (fault_file *)f;
    if (ff->main_db && fault.read_error)
        return SQLITE_IOERR_READ;
    int rc = REAL(f)->pMethods->xRead(REAL(f), buf, amt, off);
    if (rc == SQLITE_OK && ff->garbled && off >= 4096)
        memset(buf, 0x5a, (size_t)amt);
    return rc;
}

static int fault_write(sqlite3_file *f, const void *buf, int amt, sqlite3_int64 off)
{
    fault.writes++;
    if (fault.full)
        return SQLITE_FULL;
    return REAL(f)->pMethods->xWrite(REAL(f), buf, amt, off);
}

static int fault_truncate(sqlite3_file *f, sqlite3_int64 size)
{
    return REAL(f)->pMethods->xTruncate(REAL(f), size);
}

static int fault_sync(sqlite3_file *f, int flags)
{
    return REAL(f)->pMethods->xSync(REAL(f), flags);
}

static int fault_file_size(sqlite3_file *f, sqlite3_int64 *size)
{
    return REAL(f)->pMethods->xFileSize(REAL(f), size);
}

static int fault_lock(sqlite3_file *f, int level)
{
    return REAL(f)->pMethods->xLock(REAL(f), level);
}

static int fault_unlock(sqlite3_file *f, int level)
{
    return REAL(f)->pMethods->xUnlock(REAL(f), level);
}

static int fault_check_reserved(sqlite3_file *f, int *out)
{
    return REAL(f)->pMethods->xCheckReservedLock(REAL(f), out);
}

static int fault_file_control(sqlite3_file *f, int op, void *arg)
{
    return REAL(f)->pMethods->xFileControl(REAL(f), op, arg);
}

static int fault_sector_size(sqlite3_file *f)
{
    return REAL(f)->pMethods->xSectorSize(REAL(f));
}

static int fault_device(sqlite3_file *f)
{
    return REAL(f)->pMethods->xDeviceCharacteristics(REAL(f));
}

static int fault_shm_map(sqlite3_file *f, int pg, int pgsz, int extend, void volatile **pp)
{
    if (fault.shm)
        return fault.shm;
    return REAL(f)->pMethods->xShmMap(REAL(f), pg, pgsz, extend, pp);
}

static int fault_shm_lock(sqlite3_file *f, int offset, int n, int flags)
{
    return REAL(f)->pMethods->xShmLock(REAL(f), offset, n, flags);
}

static void fault_shm_barrier(sqlite3_file *f)
{
    REAL(f)->pMethods->xShmBarrier(REAL(f));
}

static int fault_shm_unmap(sqlite3_file *f, int del)
{
    return REAL(f)->pMethods->xShmUnmap(REAL(f), del);
}

static int fault_fetch(sqlite3_file *f, sqlite3_int64 off, int amt, void **pp)
{
    *pp = NULL;  /* no memory-mapped reads: every read goes through fault_read */
    (void)f, (void)off, (void)amt;
    return SQLITE_OK;
}

static int fault_unfetch(sqlite3_file *f, sqlite3_int64 off, void *p)
{
    (void)f, (void)off, (void)p;
    return SQLITE_OK;
}

static const sqlite3_io_methods fault_methods = {
    3,
    fault_close, fault_read, fault_write, fault_truncate, fault_sync, fault_file_size,
    fault_lock, fault_unlock, fault_check_reserved, fault_file_control, fault_sector_size,
    fault_device, fault_shm_map, fault_shm_lock, fault_shm_barrier, fault_shm_unmap,
    fault_fetch, fault_unfetch,
};

static int fault_open(sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *f, int flags,
                      int *out_flags)
{
    (void)vfs;
    fault_file *ff = (fault_file *)f;
    memset(ff, 0, sizeof *ff);
    ff->real = (sqlite3_file *)(ff + 1);
    ff->main_db = (flags & SQLITE_OPEN_MAIN_DB) != 0;
    if (ff->main_db && fault.cantopen)
        return SQLITE_CANTOPEN;
    int rc = fault_real_vfs->xOpen(fault_real_vfs, name, ff->real, flags, out_flags);
    if (rc != SQLITE_OK || !ff->real->pMethods)
        return rc;
    fault.opens += ff->main_db;
    if (ff->main_db && fault.garble_next) {
        ff->garbled = true;
        fault.garble_next = false;
    }
    f->pMethods = &fault_methods;
    return SQLITE_OK;
}

static void fault_vfs_install(void)
{
    fault_real_vfs = sqlite3_vfs_find(NULL);
    fault_vfs = *fault_real_vfs;
    fault_vfs.iVersion = fault_real_vfs->iVersion;
    fault_vfs.szOsFile = (int)sizeof(fault_file) + fault_real_vfs->szOsFile;
    fault_vfs.pNext = NULL;
    fault_vfs.zName = "fault";
    fault_vfs.xOpen = fault_open;
    sqlite3_vfs_register(&fault_vfs, 1);
}

#undef REAL

#endif
