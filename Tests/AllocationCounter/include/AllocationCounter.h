// Counts calls to malloc made by one thread between a start and a stop, for
// the allocation tests. The counting malloc is defined in AllocationCounter.c.
#ifndef ALLOCATION_COUNTER_H
#define ALLOCATION_COUNTER_H

/// Starts counting the calling thread's calls to malloc, from zero.
void allocation_counter_start(void);

/// Stops counting on the calling thread and returns how many calls there were.
long allocation_counter_stop(void);

#endif
