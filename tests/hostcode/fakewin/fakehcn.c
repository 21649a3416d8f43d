/* A fake computenetwork.dll / vmcompute.dll for executing the helper's P/Invoke layer (Hcn in
 * HvNetNative.cs) under Mono on Linux. Mono maps the DLL names to this library (runner.exe.config).
 * The exports follow microsoft/hcsshim hcn/zsyscall_windows.go: HRESULT return, REFGUID ids, PCWSTR
 * strings (UTF-16), out handles, out PWSTR results and error records allocated for the caller to free
 * (Marshal.FreeCoTaskMem is free() under Mono). Objects live in memory; a document is kept as given.
 * Faults, chosen by the settings/request text: "FAIL" -> HRESULT 0x803B0016 with an error record;
 * "RECORD" -> S_OK with a non-empty error record (hns 10; a create also returns its handle). Unknown ids -> the not-found HRESULTs. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef uint16_t u16;
typedef int32_t HRESULT;
typedef struct { uint32_t d1; uint16_t d2, d3; uint8_t d4[8]; } GUID;

#define KINDS 3
#define SLOTS 64
static struct { int used; GUID id; u16 *doc; } objs[KINDS][SLOTS];
static int open_handles;
static const HRESULT not_found[KINDS] = { (HRESULT)0x803B0001, (HRESULT)0x803B0002, (HRESULT)0x80070490 };

static size_t u16len(const u16 *s) { size_t n = 0; while (s && s[n]) n++; return n; }

static u16 *u16dup(const u16 *s) {
    size_t n = u16len(s);
    u16 *d = malloc((n + 1) * sizeof(u16));
    memcpy(d, s, n * sizeof(u16));
    d[n] = 0;
    return d;
}

static u16 *from_ascii(const char *s) {
    size_t n = strlen(s);
    u16 *d = malloc((n + 1) * sizeof(u16));
    for (size_t i = 0; i <= n; i++) d[i] = (u16)(unsigned char)s[i];
    return d;
}

static int contains(const u16 *hay, const char *needle) {
    size_t n = u16len(hay), m = strlen(needle);
    for (size_t i = 0; i + m <= n; i++) {
        size_t j = 0;
        while (j < m && hay[i + j] == (u16)(unsigned char)needle[j]) j++;
        if (j == m) return 1;
    }
    return 0;
}

static int find(int kind, const GUID *id) {
    for (int i = 0; i < SLOTS; i++)
        if (objs[kind][i].used && memcmp(&objs[kind][i].id, id, sizeof(GUID)) == 0) return i;
    return -1;
}

static void *handle_of(int kind, int slot) { open_handles++; return (void *)(intptr_t)(kind * 1000 + slot + 1); }
static int slot_of(void *h) { return (int)((intptr_t)h % 1000) - 1; }
static int kind_of(void *h) { return (int)((intptr_t)h / 1000); }

static HRESULT fail(u16 **rec) {
    *rec = from_ascii("{\"Success\":false,\"Error\":\"Invalid JSON document\",\"ErrorCode\":2151350294}");
    return (HRESULT)0x803B0016;
}

static HRESULT enumerate(int kind, const u16 *query, u16 **list, u16 **rec) {
    char buf[SLOTS * 40 + 4];
    size_t at = 0;
    (void)query;
    *rec = NULL;
    buf[at++] = '[';
    for (int i = 0; i < SLOTS; i++) {
        if (!objs[kind][i].used) continue;
        GUID *g = &objs[kind][i].id;
        at += sprintf(buf + at, "%s\"%08x-%04x-%04x-%02x%02x-%02x%02x%02x%02x%02x%02x\"", at > 1 ? "," : "", g->d1, g->d2,
                      g->d3, g->d4[0], g->d4[1], g->d4[2], g->d4[3], g->d4[4], g->d4[5], g->d4[6], g->d4[7]);
    }
    buf[at++] = ']';
    buf[at] = 0;
    *list = from_ascii(buf);
    return 0;
}

static HRESULT create(int kind, const GUID *id, const u16 *settings, void **handle, u16 **rec) {
    *handle = NULL;
    *rec = NULL;
    if (contains(settings, "FAIL")) return fail(rec);
    for (int i = 0; i < SLOTS; i++) {
        if (objs[kind][i].used) continue;
        objs[kind][i].used = 1;
        objs[kind][i].id = *id;
        objs[kind][i].doc = u16dup(settings);
        *handle = handle_of(kind, i);
        /* S_OK, a handle and an error record (hns 10): the caller must still close the handle. */
        if (contains(settings, "RECORD")) *rec = from_ascii("{\"Success\":false,\"Error\":\"created with an error\",\"ErrorCode\":0}");
        return 0;
    }
    return (HRESULT)0x8007000E;
}

static HRESULT open_(int kind, const GUID *id, void **handle, u16 **rec) {
    int i = find(kind, id);
    *rec = NULL;
    *handle = NULL;
    if (i < 0) return not_found[kind];
    *handle = handle_of(kind, i);
    return 0;
}

static HRESULT modify(void *h, const u16 *settings, u16 **rec) {
    (void)h;
    *rec = NULL;
    if (contains(settings, "FAIL")) return fail(rec);
    if (contains(settings, "RECORD")) *rec = from_ascii("{\"Success\":false,\"Error\":\"policy rejected\",\"ErrorCode\":0}");
    return 0;
}

static HRESULT query(void *h, const u16 *q, u16 **props, u16 **rec) {
    (void)q;
    *rec = NULL;
    *props = u16dup(objs[kind_of(h)][slot_of(h)].doc);
    return 0;
}

static HRESULT delete_(int kind, const GUID *id, u16 **rec) {
    int i = find(kind, id);
    *rec = NULL;
    if (i < 0) return not_found[kind];
    free(objs[kind][i].doc);
    objs[kind][i].used = 0;
    return 0;
}

static HRESULT close_(void *h) { (void)h; open_handles--; return 0; }

#define EXPORTS(Name, Plural, K)                                                                                       \
    HRESULT HcnEnumerate##Plural(const u16 *q, u16 **l, u16 **r) { return enumerate(K, q, l, r); }                   \
    HRESULT HcnOpen##Name(const GUID *id, void **h, u16 **r) { return open_(K, id, h, r); }                          \
    HRESULT HcnModify##Name(void *h, const u16 *s, u16 **r) { return modify(h, s, r); }                              \
    HRESULT HcnQuery##Name##Properties(void *h, const u16 *q, u16 **p, u16 **r) { return query(h, q, p, r); }        \
    HRESULT HcnDelete##Name(const GUID *id, u16 **r) { return delete_(K, id, r); }                                   \
    HRESULT HcnClose##Name(void *h) { return close_(h); }

EXPORTS(Network, Networks, 0)
EXPORTS(Endpoint, Endpoints, 1)
EXPORTS(Namespace, Namespaces, 2)

HRESULT HcnCreateNetwork(const GUID *id, const u16 *s, void **h, u16 **r) { return create(0, id, s, h, r); }
HRESULT HcnCreateNamespace(const GUID *id, const u16 *s, void **h, u16 **r) { return create(2, id, s, h, r); }

HRESULT HcnCreateEndpoint(void *network, const GUID *id, const u16 *s, void **h, u16 **r) {
    if (network == NULL || kind_of(network) != 0) return (HRESULT)0x80070057;
    return create(1, id, s, h, r);
}

HRESULT HNSCall(const u16 *method, const u16 *path, const u16 *request, u16 **response) {
    (void)method;
    (void)request;
    if (!contains(path, "/globals/version")) return (HRESULT)0x80070057;
    *response = from_ascii("{\"Success\":true,\"Output\":{\"Major\":15,\"Minor\":1}}");
    return 0;
}

/* Test hook: handles opened and not closed (the helper must close every handle it opens). */
int FakeHcnOpenHandles(void) { return open_handles; }
