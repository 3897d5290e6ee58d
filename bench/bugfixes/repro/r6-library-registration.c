/* mutt-sasl: a local array handed to a library's init function that
   keeps the pointer (libsasl's sasl_client_init keeps the callbacks) */
typedef struct { unsigned long id; int (*proc) (void); void *context; } sasl_callback_t;
int sasl_client_init (const sasl_callback_t *callbacks);
int log_cb (void);
int sasl_start (void)
{
  sasl_callback_t callbacks[2];
  callbacks[0].id = 2; callbacks[0].proc = log_cb; callbacks[0].context = 0;
  callbacks[1].id = 0; callbacks[1].proc = 0; callbacks[1].context = 0;
  return sasl_client_init (callbacks);
}
