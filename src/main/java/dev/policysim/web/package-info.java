/**
 * The web pages: Thymeleaf controllers, form records, error pages and the security settings that
 * guard them.
 */
@NullMarked
package dev.policysim.web;

import org.jspecify.annotations.NullMarked;
