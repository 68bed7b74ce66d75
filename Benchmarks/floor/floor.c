/* The floor for Folio's benchmark: the least a generator of this site must do. For each
 * Markdown file of CONTENT/clients and CONTENT/handoffs it reads the file, skips the front
 * matter, renders the body with cmark and writes OUT/<folder>/<slug>/index.html inside a
 * fixed frame. One thread, no templates, no data files.
 *
 *   cc -O2 -o floor floor.c $(pkg-config --cflags --libs libcmark)
 *   floor CONTENT OUT
 */
#include <cmark.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static char *slurp(const char *path, size_t *length) {
    FILE *file = fopen(path, "rb");
    if (!file) return NULL;
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *text = malloc((size_t)size + 1);
    *length = fread(text, 1, (size_t)size, file);
    text[*length] = 0;
    fclose(file);
    return text;
}

/* The body after a front matter between two "---" lines, or the whole text. */
static const char *body(const char *text) {
    if (strncmp(text, "---\n", 4) != 0) return text;
    const char *end = strstr(text + 3, "\n---\n");
    return end ? end + 5 : text;
}

static int render(const char *content, const char *out, const char *folder) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", content, folder);
    DIR *dir = opendir(path);
    if (!dir) return 0;
    snprintf(path, sizeof path, "%s/%s", out, folder);
    mkdir(path, 0755);
    int pages = 0;
    struct dirent *entry;
    while ((entry = readdir(dir))) {
        size_t name = strlen(entry->d_name);
        if (name < 4 || strcmp(entry->d_name + name - 3, ".md") != 0) continue;
        size_t length;
        snprintf(path, sizeof path, "%s/%s/%s", content, folder, entry->d_name);
        char *text = slurp(path, &length);
        if (!text) { perror(path); exit(1); }
        const char *markdown = body(text);
        char *html = cmark_markdown_to_html(markdown, strlen(markdown), CMARK_OPT_DEFAULT);
        snprintf(path, sizeof path, "%s/%s/%.*s", out, folder, (int)(name - 3), entry->d_name);
        if (mkdir(path, 0755) != 0 && errno != EEXIST) { perror(path); exit(1); }
        strcat(path, "/index.html");
        FILE *page = fopen(path, "wb");
        if (!page) { perror(path); exit(1); }
        fprintf(page, "<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">"
                      "<title>%.*s</title></head>\n<body><main>\n%s</main></body></html>\n",
                (int)(name - 3), entry->d_name, html);
        fclose(page);
        free(html);
        free(text);
        pages++;
    }
    closedir(dir);
    return pages;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: floor CONTENT OUT\n");
        return 64;
    }
    mkdir(argv[2], 0755);
    int pages = render(argv[1], argv[2], "clients") + render(argv[1], argv[2], "handoffs");
    return pages > 0 ? 0 : 1;
}
