/* serial.h -- the COM1 serial port (16550 UART).  */

#ifndef KERNEL_SERIAL_H
#define KERNEL_SERIAL_H

#include <stdbool.h>

/* Program COM1 for 115200 8N1 with FIFOs and check it with a loopback
   self-test.  Returns false when no working UART answers.  */
bool serial_init (void);
void serial_putc (char c);

#endif /* KERNEL_SERIAL_H */
