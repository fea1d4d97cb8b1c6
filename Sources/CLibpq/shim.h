#ifndef HEROKU_WAREHOUSE_CLIBPQ_SHIM_H
#define HEROKU_WAREHOUSE_CLIBPQ_SHIM_H
#include <libpq-fe.h>
#include <postgres_ext.h>
#endif
