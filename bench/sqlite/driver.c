/* bench/sqlite/driver.c - a real workload for the sqlite amalgamation.
 *
 *   driver [ROWS [FILE]]
 *
 * Creates a database (in memory, or in FILE when given; FILE is deleted
 * first), creates tables and an index, inserts ROWS rows (default 20000)
 * through prepared statements in transactions, then runs queries:
 * aggregates, GROUP BY, joins, ORDER BY/LIMIT, LIKE, string and JSON
 * functions, a recursive CTE, UPDATE and DELETE, a window function and
 * an integrity check.  Every result is checked against a value the
 * driver computes in C; any difference prints 'WRONG: ...' and the
 * driver exits 1.  On success it prints one line per check, the same
 * whatever compiler built sqlite, then 'driver: N checks passed'.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "sqlite3.h"

static sqlite3 *db;
static int checks, wrong;

static void die(const char *what)
{
    fprintf(stderr, "driver: %s: %s\n", what, sqlite3_errmsg(db));
    exit(2);
}

static void exec(const char *sql)
{
    char *err = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK) {
        fprintf(stderr, "driver: %s: %s\n", sql, err ? err : "?");
        exit(2);
    }
}

static sqlite3_stmt *prepare(const char *sql)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        die(sql);
    return st;
}

/* The single integer a query returns. */
static long long query_int(const char *sql)
{
    sqlite3_stmt *st = prepare(sql);
    long long v;
    if (sqlite3_step(st) != SQLITE_ROW)
        die(sql);
    v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

/* The single text a query returns, copied into BUF. */
static const char *query_text(const char *sql, char *buf, size_t n)
{
    sqlite3_stmt *st = prepare(sql);
    const unsigned char *t;
    if (sqlite3_step(st) != SQLITE_ROW)
        die(sql);
    t = sqlite3_column_text(st, 0);
    snprintf(buf, n, "%s", t ? (const char *)t : "(null)");
    sqlite3_finalize(st);
    return buf;
}

static void check_int(const char *what, long long got, long long want)
{
    checks++;
    if (got != want) {
        wrong++;
        printf("WRONG: %s: got %lld, want %lld\n", what, got, want);
    } else {
        printf("ok %s = %lld\n", what, got);
    }
}

static void check_text(const char *what, const char *got, const char *want)
{
    checks++;
    if (strcmp(got, want) != 0) {
        wrong++;
        printf("WRONG: %s: got '%s', want '%s'\n", what, got, want);
    } else {
        printf("ok %s = '%s'\n", what, got);
    }
}

/* Deterministic pseudo-random numbers (no libc rand: same everywhere). */
static unsigned long long rng = 88172645463325252ULL;
static unsigned next_rand(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng >> 11);
}

static const char *const cities[] = {
    "Amsterdam", "Berlin", "Cairo", "Dakar", "Edinburgh", "Florence",
    "Geneva", "Hanoi", "Istanbul", "Jakarta", "Kyoto", "Lima",
};
#define NCITIES (int)(sizeof cities / sizeof cities[0])

int main(int argc, char **argv)
{
    int rows = argc > 1 ? atoi(argv[1]) : 20000;
    const char *file = argc > 2 ? argv[2] : ":memory:";
    long long *score = malloc(sizeof *score * (rows + 1));
    int *city = malloc(sizeof *city * (rows + 1));
    long long sum = 0, sum_city[NCITIES] = {0}, count_city[NCITIES] = {0};
    long long max_score = -1, big = 0, like_b = 0;
    char buf[512], want[512];
    sqlite3_stmt *ins, *ord;
    int i;

    if (!score || !city || rows < 100) {
        fprintf(stderr, "driver: ROWS must be at least 100\n");
        return 2;
    }
    if (argc > 2)
        unlink(file);
    if (sqlite3_open(file, &db) != SQLITE_OK)
        die("open");
    printf("sqlite %s\n", sqlite3_libversion());
    exec("PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF;");
    exec("CREATE TABLE city(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);"
         "CREATE TABLE person(id INTEGER PRIMARY KEY, name TEXT, city INTEGER"
         " REFERENCES city(id), score INTEGER, note TEXT, data TEXT);");

    /* Cities, then people, in transactions of 1000 rows. */
    ins = prepare("INSERT INTO city(id, name) VALUES(?1, ?2)");
    for (i = 0; i < NCITIES; i++) {
        sqlite3_bind_int(ins, 1, i);
        sqlite3_bind_text(ins, 2, cities[i], -1, SQLITE_STATIC);
        if (sqlite3_step(ins) != SQLITE_DONE)
            die("insert city");
        sqlite3_reset(ins);
    }
    sqlite3_finalize(ins);
    ins = prepare("INSERT INTO person(id, name, city, score, note, data)"
                  " VALUES(?1, ?2, ?3, ?4, ?5, json_object('k', ?1, 'v', ?4))");
    for (i = 1; i <= rows; i++) {
        char name[64], note[128];
        int c = next_rand() % NCITIES;
        long long s = next_rand() % 100000;
        if (i % 1000 == 1)
            exec("BEGIN");
        snprintf(name, sizeof name, "person-%06d", i);
        snprintf(note, sizeof note, "%s lives in %s and scored %lld", name,
                 cities[c], s);
        score[i] = s;
        city[i] = c;
        sum += s;
        sum_city[c] += s;
        count_city[c]++;
        if (s > max_score)
            max_score = s;
        if (s >= 50000)
            big++;
        if (cities[c][0] == 'B')
            like_b++;
        sqlite3_bind_int(ins, 1, i);
        sqlite3_bind_text(ins, 2, name, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(ins, 3, c);
        sqlite3_bind_int64(ins, 4, s);
        sqlite3_bind_text(ins, 5, note, -1, SQLITE_TRANSIENT);
        if (sqlite3_step(ins) != SQLITE_DONE)
            die("insert person");
        sqlite3_reset(ins);
        if (i % 1000 == 0 || i == rows)
            exec("COMMIT");
    }
    sqlite3_finalize(ins);
    exec("CREATE INDEX person_score ON person(score);"
         "CREATE INDEX person_city ON person(city, score);");

    check_int("count(*)", query_int("SELECT count(*) FROM person"), rows);
    check_int("sum(score)", query_int("SELECT sum(score) FROM person"), sum);
    check_int("max(score)", query_int("SELECT max(score) FROM person"), max_score);
    check_int("score >= 50000",
              query_int("SELECT count(*) FROM person WHERE score >= 50000"), big);
    check_int("join LIKE 'B%'",
              query_int("SELECT count(*) FROM person p JOIN city c ON p.city = c.id"
                        " WHERE c.name LIKE 'B%'"), like_b);

    /* GROUP BY city, checked per city. */
    ord = prepare("SELECT c.name, count(*), sum(p.score) FROM person p JOIN city c"
                  " ON c.id = p.city GROUP BY c.id ORDER BY c.id");
    for (i = 0; sqlite3_step(ord) == SQLITE_ROW; i++) {
        char what[64];
        snprintf(what, sizeof what, "group %s count",
                 (const char *)sqlite3_column_text(ord, 0));
        check_int(what, sqlite3_column_int64(ord, 1), count_city[i]);
        snprintf(what, sizeof what, "group %s sum",
                 (const char *)sqlite3_column_text(ord, 0));
        check_int(what, sqlite3_column_int64(ord, 2), sum_city[i]);
    }
    sqlite3_finalize(ord);
    check_int("groups", i, NCITIES);

    /* ORDER BY score DESC, id LIMIT 5: the top ids, computed in C too. */
    {
        int top[5] = {0}, k, j;
        for (j = 0; j < 5; j++) {
            for (k = 1; k <= rows; k++) {
                int taken = 0, t;
                for (t = 0; t < j; t++)
                    taken |= top[t] == k;
                if (!taken && (!top[j] || score[k] > score[top[j]]))
                    top[j] = k;
            }
        }
        ord = prepare("SELECT id FROM person ORDER BY score DESC, id LIMIT 5");
        for (j = 0; sqlite3_step(ord) == SQLITE_ROW; j++) {
            char what[32];
            snprintf(what, sizeof what, "top %d id", j + 1);
            check_int(what, sqlite3_column_int(ord, 0), j < 5 ? top[j] : -1);
        }
        sqlite3_finalize(ord);
        check_int("top rows", j, 5);
    }

    /* Strings, JSON, a recursive CTE and a window function. */
    snprintf(want, sizeof want, "%s lives in %s and scored %lld", "person-000042",
             cities[city[42]], score[42]);
    check_text("note of 42", query_text("SELECT note FROM person WHERE id = 42",
                                        buf, sizeof buf), want);
    snprintf(want, sizeof want, "PERSON-000007|%d", (int)strlen("person-000007"));
    check_text("upper/length", query_text("SELECT upper(name) || '|' || length(name)"
                                          " FROM person WHERE id = 7", buf, sizeof buf),
               want);
    check_int("json_extract", query_int("SELECT json_extract(data, '$.v') FROM person"
                                        " WHERE id = 99"), score[99]);
    check_int("recursive cte", query_int("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL"
                                         " SELECT x + 1 FROM n WHERE x < 1000)"
                                         " SELECT sum(x) FROM n"), 500500);
    {
        long long running = 0;
        for (i = 1; i <= 10; i++)
            running += score[i];
        check_int("window sum", query_int("SELECT s FROM (SELECT id, sum(score) OVER"
                                          " (ORDER BY id) AS s FROM person) WHERE id = 10"),
                  running);
    }

    /* UPDATE and DELETE. */
    exec("UPDATE person SET score = score + 1 WHERE city = 3");
    check_int("sum after update", query_int("SELECT sum(score) FROM person"),
              sum + count_city[3]);
    exec("DELETE FROM person WHERE id % 2 = 0");
    {
        long long odd = 0;
        for (i = 1; i <= rows; i += 2)
            odd += score[i] + (city[i] == 3);
        check_int("sum after delete", query_int("SELECT sum(score) FROM person"), odd);
        check_int("count after delete", query_int("SELECT count(*) FROM person"),
                  (rows + 1) / 2);
    }
    check_text("integrity_check", query_text("PRAGMA integrity_check", buf, sizeof buf),
               "ok");
    exec("VACUUM");
    check_int("count after vacuum", query_int("SELECT count(*) FROM person"),
              (rows + 1) / 2);

    if (sqlite3_close(db) != SQLITE_OK)
        die("close");
    if (argc > 2)
        unlink(file);
    free(score);
    free(city);
    printf("driver: %d checks, %d wrong\n", checks, wrong);
    return wrong ? 1 : 0;
}
