/**
 * The HTTP server of {@code ./hsp serve}: the entry point and its command line. The public JSON API
 * lives in one package per feature ({@code assessment}, {@code advice}, {@code permanent},
 * {@code family}, {@code checklist}, {@code faq}, {@code rules}); errors, limits, the OpenAPI
 * description and configuration live in {@code system}. Every body is read and written by the
 * {@code formats} module, as on the command line; nothing here scores or formats by itself.
 */
package org.hspnavigator.web;
