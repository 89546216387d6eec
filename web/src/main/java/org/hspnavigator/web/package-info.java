/**
 * The HTTP server of {@code ./hsp serve}: the entry point and its command line. The public JSON API
 * lives in one package per feature ({@code assessment}, {@code advice}, {@code permanent},
 * {@code family}, {@code checklist}, {@code faq}, {@code rules}); the workspace in {@code account},
 * {@code applicant}, {@code application}, {@code deadline}, {@code privacy} and {@code audit}; who may do
 * what in {@code security}; the database in {@code storage}; the commands of the jar besides
 * {@code serve} in {@code admin}; errors, limits, the OpenAPI description and configuration in
 * {@code system}. Every body of the public API is read and written by the {@code formats} module, as on
 * the command line; nothing here scores or formats by itself.
 */
package org.hspnavigator.web;
