/**
 * The compiled network both the planner and the bounds read: {@link
 * org.bulwark.deploy.network.PlanningNetwork} turns a scenario and the planner's options into
 * int-indexed arrays (nodes, arcs both ways, resources and their capacity per period, units with
 * their home, destination, tonnes and hours), built once per plan. Its fields are public and final
 * for speed; treat them as read-only. {@link org.bulwark.deploy.network.MinHeap} is the binary heap
 * the searches over it share.
 */
package org.bulwark.deploy.network;
