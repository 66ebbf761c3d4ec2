// Written by train-placing.mjs (npm run train-placing): the placing model's weights, a feature a line, then its
// weight. Trained on every gold article; do not edit by hand.
export const PLACING_WEIGHTS = `
besidePick	2.38
dateline	-3.68
elsewhere	-4.72
ends=ababa	0.05
ends=airport	-7.17
ends=al-juma	4.73
ends=area	-3.59
ends=avenue	2.32
ends=barracks	-4.67
ends=bazar	7.11
ends=bridge	7.62
ends=camp	3.92
ends=chad	-2.77
ends=checkpoint	-3.33
ends=church	-1.61
ends=city	2.81
ends=county	-5.92
ends=dam	-4.43
ends=darfur	-0.86
ends=division	-2.04
ends=dos	6.54
ends=fasher	-0.52
ends=highway	-9.01
ends=hospital	-8.28
ends=kordofan	-0.98
ends=market	10.32
ends=mosque	6.88
ends=mustapha	2.47
ends=nile	-4.2
ends=province	-2.85
ends=region	-4.8
ends=river	-10.98
ends=road	-6.49
ends=sea	-5.04
ends=shabelle	-0.68
ends=siongco	-0.89
ends=square	0.22
ends=state	-7.55
ends=street	-5.77
ends=sudan	-3.53
ends=sur	-4.82
ends=township	-2.82
ends=valley	-2.26
ends=zara	-4.15
ends=zone	-4.62
headlineOnly	-2.55
insidePick	0.68
inside|besidePick	1.37
inside|bias	0.68
inside|ends=highway	-1.28
inside|ends=hospital	-4.63
inside|ends=market	5.26
inside|ends=road	-1.98
inside|headlineOnly	-4.62
inside|kind=admin1	-5.76
inside|kind=city	5.38
inside|kind=site	3.3
inside|locative	-1.93
inside|mentions=1	-4.84
inside|mentions=2	2.96
inside|mentions=3	2.56
inside|named	0.81
inside|near	2.29
inside|next=and	-7.96
inside|next=area	5.26
inside|next=at	4.56
inside|next=in	7.72
inside|next=near	-1.7
inside|next=of	-1.44
inside|next=on	-1.82
inside|next=said	-2.98
inside|next=who	2.83
inside|origin	-3.86
inside|prev2=at the	3
inside|prev2=in the	-1.29
inside|prev2=on the	-2.26
inside|prev2=taken to	-0.84
inside|prev=and	-1.46
inside|prev=at	-4.24
inside|prev=in	0.64
inside|prev=of	2.49
inside|prev=the	-4.67
inside|prev=to	-1.83
inside|rank<=1	2.85
inside|rank<=2	2.25
inside|rank<=4	-3.05
inside|rank>4	-1.38
inside|sentence<=0	-1.94
inside|sentence<=1	2.21
inside|sentence<=2	1.63
inside|sentence<=3	-0.1
inside|sentence<=5	1.8
inside|sentence<=8	0.92
inside|sentence>8	-7.94
inside|settlement	-3.06
inside|untold	4.07
inside|weight<=0	4.07
inside|weight<=1	1.11
inside|weight<=12	-1.36
inside|weight<=2	0.18
inside|weight<=4	-0.03
inside|weight<=7	-2.75
inside|weight>12	-0.55
kind=admin1	-7.98
kind=admin2	-2.04
kind=city	0.44
kind=region	2.89
kind=site	6.68
locative	-1.99
mentions=1	-2.32
mentions=2	0.23
mentions=3	2.1
named	-2.41
near	-4.89
next='s	-11.99
next=-	3.27
next=a	10.98
next=about	2.61
next=according	6.38
next=afp	-6.4
next=after	1.6
next=also	-2.93
next=an	-1.51
next=and	-3.34
next=area	8.9
next=around	4.86
next=as	5.84
next=at	2.97
next=by	-0.78
next=community	6.67
next=department	-2.27
next=district	-5.82
next=districts	-0.96
next=during	-2.41
next=early	-11.84
next=for	6.5
next=forest	-0.82
next=from	7.14
next=had	-0.85
next=have	1.25
next=he	-2.88
next=in	3.79
next=is	7.41
next=killed	-1.96
next=killing	-4.15
next=kills	2.81
next=last	-1.95
next=late	-0.93
next=leaving	1.57
next=may	-0.24
next=mountains	-1.58
next=municipality	2.42
next=near	2.5
next=neighbourhood	4.12
next=north	2.15
next=of	-6.62
next=officials	0.26
next=on	2.86
next=one	-2.54
next=police	0.11
next=prefecture	-0.84
next=province	-3.1
next=region	-13.27
next=regional	-3.38
next=regions	-0.04
next=residents	-1.51
next=road	-0.41
next=said	1.63
next=sector	2.94
next=shortly	-1.59
next=since	2.9
next=some	2.45
next=south	0.08
next=state	-3.06
next=tehsil	-2.25
next=territory	-3.25
next=that	-2.77
next=the	-0.53
next=they	0.79
next=this	-3.59
next=through	-0.65
next=to	3.64
next=towards	-0.75
next=town	4.39
next=township	-1.4
next=two	-5.26
next=village	11.73
next=was	-0.16
next=we	-0.76
next=were	-7.13
next=west	1.06
next=when	-2.78
next=where	2.94
next=which	-5.91
next=while	-4.05
next=who	1.72
next=with	-0.56
next=’s	-5.35
origin	-4.65
pick|bias	4.93
pick|dateline	-0.69
pick|kind=city	1.48
pick|locative	0.86
pick|mentions=1	2.88
pick|mentions=2	2.3
pick|mentions=3	-0.25
pick|named	0.23
pick|near	0.89
pick|next='s	-10.76
pick|next=a	-0.86
pick|next=and	6.39
pick|next=by	1.46
pick|next=district	3.61
pick|next=in	1.31
pick|next=killed	-1.96
pick|next=late	3.47
pick|next=on	-0.73
pick|next=the	0.96
pick|next=to	4.81
pick|next=town	2.11
pick|next=village	1.14
pick|origin	3.02
pick|prev2=area of	-0.49
pick|prev2=city of	1.72
pick|prev2=control of	2.78
pick|prev2=district of	-3.14
pick|prev2=in the	-1.95
pick|prev2=market in	-1.2
pick|prev2=municipality of	-4.48
pick|prev2=town of	4.87
pick|prev2=village of	7.39
pick|prev=and	-3.09
pick|prev=at	0.93
pick|prev=in	-1.6
pick|prev=near	-3.44
pick|prev=of	3.3
pick|prev=on	0.7
pick|prev=the	1.83
pick|prev=to	-1.33
pick|rank<=0	0.17
pick|sentence<=0	1.1
pick|sentence<=1	-1.25
pick|sentence<=2	-4.58
pick|sentence<=3	-5.1
pick|sentence<=5	-1.32
pick|sentence>8	0.51
pick|settlement	-0.61
pick|weight<=1	-0.57
pick|weight<=12	-3.26
pick|weight<=2	-0.55
pick|weight<=4	0.25
pick|weight<=7	3.68
pick|weight>12	0.62
prev2=across the	-2.58
prev2=airlifted to	-0.67
prev2=along the	-1.81
prev2=and the	-8.97
prev2=area of	-0.49
prev2=around the	0.81
prev2=at the	2.37
prev2=attack on	3.21
prev2=base in	2.71
prev2=building on	2.44
prev2=capital of	1.33
prev2=church in	0.16
prev2=city of	-4.04
prev2=clash in	-4.78
prev2=community of	10.69
prev2=conference in	-1.99
prev2=control of	9.16
prev2=department of	-3.24
prev2=direction of	-1.29
prev2=district of	-3.14
prev2=forces in	7.49
prev2=from the	-8.47
prev2=hospital in	-11.66
prev2=house in	7.74
prev2=in colombia's	-4.55
prev2=in nearby	-1.64
prev2=in the	2.02
prev2=market in	-0.04
prev2=mosque in	2.08
prev2=municipality of	-6.96
prev2=near the	-3.76
prev2=north of	-5.41
prev2=of the	2.39
prev2=office in	-3.37
prev2=on the	-2.94
prev2=operations in	5.49
prev2=outside the	5.35
prev2=outskirts of	5.74
prev2=people in	-8.64
prev2=police in	-6.33
prev2=port of	4.5
prev2=post in	-4.64
prev2=province of	2.06
prev2=provincial capital	-2.84
prev2=region of	-0.58
prev2=reporters in	-2.51
prev2=residents of	11.45
prev2=road between	0.52
prev2=road in	7.35
prev2=said in	-0.65
prev2=sector of	-1.38
prev2=signed in	0.86
prev2=south of	-2.81
prev2=state capital	-1.87
prev2=state of	-4.95
prev2=station in	2.74
prev2=strike on	1.12
prev2=struck the	6.96
prev2=taken to	-0.84
prev2=the capital	-0.44
prev2=the city's	-3.14
prev2=the nearby	-0.78
prev2=the neighbouring	-0.96
prev2=to the	-3.69
prev2=towards the	-5.14
prev2=town in	-0.95
prev2=town of	3.78
prev2=towns of	-1.57
prev2=treated at	-2.45
prev2=vehicle near	3.24
prev2=village in	2.37
prev2=village of	8.98
prev2=villages of	-2.88
prev2=west of	-2.42
prev=a	-0.95
prev=across	-0.63
prev=along	-3.04
prev=and	-9.34
prev=around	11.41
prev=at	8.37
prev=attacked	7.84
prev=between	5.12
prev=capital	-0.96
prev=central	5.66
prev=city's	-3.14
prev=colombia's	-4.55
prev=eastern	4.24
prev=for	-4.57
prev=from	-5.08
prev=hit	2.37
prev=in	3.6
prev=into	8.9
prev=linking	-1.29
prev=near	6.5
prev=nearby	-2.42
prev=neighbouring	-0.96
prev=occupied	-1.9
prev=of	1.93
prev=on	-0.93
prev=say	-1.73
prev=says	-0.41
prev=somalia's	-0.08
prev=sudan's	-0.98
prev=the	2.18
prev=to	-0.27
prev=towards	-8.75
prev=village	-2.99
prev=western	-2.95
prev=with	5.86
rank<=0	-4.58
rank<=1	1.69
rank<=2	2.22
rank<=4	0.86
rank>4	-0.18
rule-pick	4.93
sentence<=0	3.4
sentence<=1	4.36
sentence<=2	9.3
sentence<=3	6.26
sentence<=5	-1.94
sentence<=8	-6.28
sentence>8	-14.06
settlement	5.61
untold	-1.04
weight<=0	-1.04
weight<=1	1.31
weight<=12	-0.09
weight<=2	0.68
weight<=4	0.84
weight<=7	-1.66
weight>12	-0.05
`;
