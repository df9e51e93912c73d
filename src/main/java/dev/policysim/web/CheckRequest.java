package dev.policysim.web;

import org.jspecify.annotations.Nullable;

/**
 * The editor's text, sent for checking as the user types.
 *
 * @param path the file's path, which decides how it is read
 * @param content the text
 */
record CheckRequest(@Nullable String path, @Nullable String content) {

}
