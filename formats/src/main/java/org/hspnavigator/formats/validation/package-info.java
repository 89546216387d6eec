/**
 * Problems with input, each named by where it is (a JSON path such as {@code degrees[1].level}, or a
 * line and column of the text), and the exception that carries them to the command line or the API.
 */
package org.hspnavigator.formats.validation;
