/**
 * Turns a spec into the input of other fleet engines: one Nomad job per pot for the
 * nomad-pot-driver ({@link org.potctl.controller.export.NomadExport}) and the image tag a pot's
 * image is published under ({@link org.potctl.controller.export.ImageTag}). Pure: reads the spec,
 * never the host.
 */
package org.potctl.controller.export;
