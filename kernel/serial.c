/* serial.c -- the COM1 serial port (16550 UART): 115200 8N1, polled.  */

#include "serial.h"

#include "arch/x86_64/cpu.h"

enum
{
  COM1 = 0x3F8,
  DATA = 0, INTERRUPTS = 1, DIVISOR_LO = 0, DIVISOR_HI = 1,
  FIFO_CONTROL = 2, LINE_CONTROL = 3, MODEM_CONTROL = 4, LINE_STATUS = 5,
  LINE_DLAB = 0x80, LINE_8N1 = 0x03,
  FIFO_ENABLE_CLEAR_14 = 0xC7,
  MODEM_DTR_RTS_OUT2 = 0x0B, MODEM_LOOPBACK = 0x1E,
  STATUS_TX_EMPTY = 0x20,
};

static bool serial_ok;

bool
serial_init (void)
{
  outb (COM1 + INTERRUPTS, 0);          /* polled: no interrupts */
  outb (COM1 + LINE_CONTROL, LINE_DLAB);
  outb (COM1 + DIVISOR_LO, 1);          /* 115200 / 1 */
  outb (COM1 + DIVISOR_HI, 0);
  outb (COM1 + LINE_CONTROL, LINE_8N1);
  outb (COM1 + FIFO_CONTROL, FIFO_ENABLE_CLEAR_14);

  /* Loopback self-test: a byte sent must come straight back.  Without a
     UART the port reads as 0xFF and the test fails.  */
  outb (COM1 + MODEM_CONTROL, MODEM_LOOPBACK);
  outb (COM1 + DATA, 0xAE);
  serial_ok = inb (COM1 + DATA) == 0xAE;

  outb (COM1 + MODEM_CONTROL, MODEM_DTR_RTS_OUT2);
  return serial_ok;
}

void
serial_putc (char c)
{
  if (!serial_ok)
    return;
  /* Bounded wait, so a wedged UART slows output instead of hanging.  */
  for (int tries = 0; tries < 100000; tries++)
    if (inb (COM1 + LINE_STATUS) & STATUS_TX_EMPTY)
      break;
  outb (COM1 + DATA, (uint8_t) c);
}
